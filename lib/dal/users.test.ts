import { beforeAll, describe, expect, it } from "vitest";
import { db, seedDemo } from "@/test/db";
import { findUserByCredentials, endSessions, getActiveUserById } from "./users";
import { setUserActive } from "./users";

beforeAll(seedDemo);

describe("findUserByCredentials", () => {
  it("signs in a demo account with the demo password, whatever the e-mail's case", async () => {
    const user = await findUserByCredentials("Lead@Demo.test", "demo-password");
    expect(user).toMatchObject({ email: "lead@demo.test", role: "PROJECT_LEAD" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await findUserByCredentials("lead@demo.test", "wrong")).toBeNull();
    expect(await findUserByCredentials("nobody@demo.test", "demo-password")).toBeNull();
  });

  it("refuses a deactivated account, and its existing session stops working", async () => {
    const user = await db.user.update({ where: { email: "viewer@demo.test" }, data: { deactivatedAt: new Date() } });
    try {
      expect(await findUserByCredentials("viewer@demo.test", "demo-password")).toBeNull();
      expect(await getActiveUserById(user.id, user.sessionVersion)).toBeNull();
    } finally {
      await db.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
    }
  });
});

describe("session versions", () => {
  it("a session ended by sign-out opens nothing, while a new one does", async () => {
    const { id, sessionVersion } = await db.user.findUniqueOrThrow({ where: { email: "lead@demo.test" } });
    expect(await getActiveUserById(id, sessionVersion)).toMatchObject({ email: "lead@demo.test" });
    await endSessions(id);
    expect(await getActiveUserById(id, sessionVersion)).toBeNull();
    expect(await getActiveUserById(id, sessionVersion + 1)).toMatchObject({ email: "lead@demo.test" });
  });

  it("a session from before a deactivation stays ended after the reactivation", async () => {
    const admin = await db.user.findUniqueOrThrow({
      where: { email: "admin@demo.test" },
      select: { id: true, email: true, name: true, role: true, organisationId: true },
    });
    const { id, sessionVersion } = await db.user.findUniqueOrThrow({ where: { email: "partner@demo.test" } });
    await setUserActive(admin, { userId: id, isActive: false });
    await setUserActive(admin, { userId: id, isActive: true });
    expect(await getActiveUserById(id, sessionVersion)).toBeNull();
    const current = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await getActiveUserById(id, current.sessionVersion)).toMatchObject({ email: "partner@demo.test" });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db, seedDemo } from "@/test/db";
import { findUserByCredentials, getActiveUserById } from "./users";

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
      expect(await getActiveUserById(user.id)).toBeNull();
    } finally {
      await db.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
    }
  });
});

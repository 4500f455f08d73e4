import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import { db } from "@/test/db";
import { createAdmin, createOrganisation, createUser, TEST_PASSWORD } from "@/test/factories";
import { countsStatements, statementsOf, wholeTableReadsOf } from "@/test/statement-count";
import { findUserByCredentials, endSessions, getSessionAccount } from "./users";
import { setUserActive } from "./users";

const userOfSession = async (userId: string, sessionVersion: number) =>
  (await getSessionAccount(userId, sessionVersion))?.user ?? null;

describe("findUserByCredentials", () => {
  it("signs in an account with its password, whatever the e-mail's case", async () => {
    const lead = await createUser("PROJECT_LEAD", { password: TEST_PASSWORD });
    const user = await findUserByCredentials(lead.email.toUpperCase(), TEST_PASSWORD);
    expect(user).toMatchObject({ email: lead.email, role: "PROJECT_LEAD" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    const lead = await createUser("PROJECT_LEAD", { password: TEST_PASSWORD });
    expect(await findUserByCredentials(lead.email, "wrong")).toBeNull();
    expect(await findUserByCredentials("nobody@factory.test", TEST_PASSWORD)).toBeNull();
  });

  it("refuses a deactivated account, and its existing session stops working", async () => {
    const viewer = await createUser("VIEWER", { password: TEST_PASSWORD });
    const user = await db.user.update({ where: { id: viewer.id }, data: { deactivatedAt: new Date() } });
    expect(await findUserByCredentials(viewer.email, TEST_PASSWORD)).toBeNull();
    expect(await userOfSession(user.id, user.sessionVersion)).toBeNull();
  });
});

describe("session versions", () => {
  it("a session ended by sign-out opens nothing, while a new one does", async () => {
    const lead = await createUser("PROJECT_LEAD");
    const { id, sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: lead.id } });
    expect(await userOfSession(id, sessionVersion)).toMatchObject({ email: lead.email });
    await endSessions(id);
    expect(await userOfSession(id, sessionVersion)).toBeNull();
    expect(await userOfSession(id, sessionVersion + 1)).toMatchObject({ email: lead.email });
  });

  it("a session from before a deactivation stays ended after the reactivation", async () => {
    const admin = await createAdmin();
    const partner = await createUser("PARTNER");
    const { id, sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: partner.id } });
    await setUserActive(admin, { userId: id, isActive: false });
    await setUserActive(admin, { userId: id, isActive: true });
    expect(await userOfSession(id, sessionVersion)).toBeNull();
    const current = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await userOfSession(id, current.sessionVersion)).toMatchObject({ email: partner.email });
  });
});

/** What a page reads of its session: the user's session and the header's summary. */
async function sessionOf(user: SessionUser) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return getSessionAccount(user.id, sessionVersion);
}

describe("the session with the header's summary", () => {
  it("names the organisation and counts only the user's unread notifications", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation(admin);
    const partner = await createUser("PARTNER", { organisationId: organisation.id });
    const notification = { kind: "REPORT_RETURNED" as const, params: "{}", href: "/dashboard" };
    await db.notification.createMany({
      data: [
        { ...notification, userId: partner.id },
        { ...notification, userId: partner.id },
        { ...notification, userId: partner.id, readAt: new Date() },
        { ...notification, userId: admin.id },
      ],
    });
    expect((await sessionOf(partner))?.header).toEqual({ organisationName: organisation.name, unread: 2 });
    expect((await sessionOf(admin))?.header).toEqual({ organisationName: null, unread: 1 });
  });

  it.runIf(countsStatements)("counts the user's own notifications, not every user's", async () => {
    const admin = await createAdmin();
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await wholeTableReadsOf(() => getSessionAccount(admin.id, sessionVersion))).toEqual([]);
  });

  it.runIf(countsStatements)(
    "takes three statements by key on every page: the user, the organisation, the unread count",
    async () => {
      const admin = await createAdmin();
      const partner = await createUser("PARTNER", { organisationId: (await createOrganisation(admin)).id });
      const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: partner.id } });
      expect(await statementsOf(() => getSessionAccount(partner.id, sessionVersion))).toBe(3);
    },
  );
});

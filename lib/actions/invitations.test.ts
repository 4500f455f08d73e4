import { describe, expect, it, vi } from "vitest";
import { acceptInvitation } from "@/lib/dal/invitations";
import { db } from "@/test/db";
import { createAdmin, createOrganisation } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { inviteUserAction } from "./invitations";
import { setUserActiveAction } from "./users";

vi.mock("@/lib/auth/session", () => sessionMock);
// The invitation's link and language come from the request.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

describe("invitations", () => {
  it("an administrator invites a user, who accepts and can then be deactivated", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation(admin);
    signInForTest(admin);
    expect(
      await inviteUserAction({
        email: "New.Person@example.test",
        name: "New Person",
        role: "PARTNER",
        organisationId: organisation.id,
      }),
    ).toMatchObject({ ok: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "new.person@example.test" } });
    const token = /\/invitations\/([\w-]+)/.exec(mail.body)?.[1];
    expect(mail.body).toContain("http://localhost:3000/invitations/");

    await acceptInvitation(
      { token: token!, password: "a long enough password", confirmPassword: "a long enough password" },
      "192.0.2.1",
    );
    const created = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" } });
    expect(created).toMatchObject({ role: "PARTNER", organisationId: organisation.id });
    await expect(
      acceptInvitation(
        { token: token!, password: "a long enough password", confirmPassword: "a long enough password" },
        "192.0.2.1",
      ),
    ).rejects.toThrow(/expired or has already been used/);

    expect(await setUserActiveAction({ userId: created.id, isActive: false })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).deactivatedAt).not.toBeNull();
    expect(await setUserActiveAction({ userId: admin.id, isActive: false })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

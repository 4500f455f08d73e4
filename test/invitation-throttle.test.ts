/**
 * Accepting an invitation before sign-in: an unknown token costs a lookup, never a password hash, and an
 * address that keeps trying tokens is refused like failed sign-ins.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createAdmin } from "@/test/factories";
import { MAX_FAILED_SIGN_INS } from "@/lib/dal/sign-in-throttle";

const hashing = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...actual,
    hashPassword: async (password: string) => {
      hashing.calls++;
      return actual.hashPassword(password);
    },
  };
});

const { acceptInvitation, inviteUser } = await import("@/lib/dal/invitations");

const PASSWORD = { password: "a long enough password", confirmPassword: "a long enough password" };
const randomToken = (index: number) => `not-a-real-token-${index}-${"x".repeat(30)}`;

beforeEach(async () => {
  await db.signInFailure.deleteMany();
  hashing.calls = 0;
});

describe("accepting an invitation", () => {
  it("looks the token up before hashing the password: unknown tokens are never hashed for", async () => {
    for (let index = 0; index < 5; index++) {
      await expect(acceptInvitation({ token: randomToken(index), ...PASSWORD }, "192.0.2.30")).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(hashing.calls).toBe(0);
  });

  it(`refuses an address after ${MAX_FAILED_SIGN_INS} unknown tokens, even with a real one, and not other addresses`, async () => {
    const admin = await createAdmin();
    await inviteUser(
      admin,
      {
        email: "invited@example.test",
        name: "Invited Person",
        role: "COORDINATOR",
        organisationId: null,
        projectId: null,
      },
      async () => "http://localhost:3000",
    );
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "invited@example.test" } });
    const token = /\/invitations\/([\w-]+)/.exec(mail.body)![1]!;

    for (let index = 0; index < MAX_FAILED_SIGN_INS; index++) {
      await expect(acceptInvitation({ token: randomToken(index), ...PASSWORD }, "192.0.2.31")).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await expect(acceptInvitation({ token, ...PASSWORD }, "192.0.2.31")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(hashing.calls).toBe(0);
    expect(await db.user.count({ where: { email: "invited@example.test" } })).toBe(0);

    expect(await acceptInvitation({ token, ...PASSWORD }, "192.0.2.32")).toEqual({ email: "invited@example.test" });
    expect(hashing.calls).toBe(1);
  });
});

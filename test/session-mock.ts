/**
 * Server actions read the signed-in user through lib/auth/session. Tests that call actions directly mock
 * that module (vi.mock("@/lib/auth/session", () => sessionMock)) and choose who is signed in.
 */
import type { SessionUser } from "@/lib/access/permissions";

let current: SessionUser | null = null;

export function signInForTest(user: SessionUser | null): void {
  current = user;
}

export const sessionMock = {
  getSessionUser: async () => current,
  requireUser: async () => {
    if (!current) throw new Error("No session in this test");
    return current;
  },
  requireUserWithRole: async () => current,
};

import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { MAX_FAILED_SIGN_INS, THROTTLE_WINDOW_MS, isSignInThrottled, recordFailedSignIn } from "@/lib/dal/sign-in-throttle";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { db, seedDemo } from "@/test/db";

const from = (address: string) => new Headers({ "x-forwarded-for": address });
const signIn = (email: string, password: string, address = "198.51.100.1") => checkCredentials({ email, password }, from(address));

beforeEach(async () => {
  await seedDemo();
  await db.signInFailure.deleteMany();
});

describe("sign-in throttling", () => {
  it(`refuses an account after ${MAX_FAILED_SIGN_INS} failures, even with the right password, from any address`, async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await signIn("lead@demo.test", `wrong-${attempt}`, `198.51.100.${attempt}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn("lead@demo.test", DEMO_PASSWORD, "203.0.113.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn("LEAD@demo.test", DEMO_PASSWORD, "203.0.113.10")).toEqual({ ok: false, reason: "throttled" });
    // Other accounts from other addresses are not affected.
    expect(await signIn("partner@demo.test", DEMO_PASSWORD, "203.0.113.11")).toMatchObject({ ok: true });
  });

  it(`refuses an address after ${MAX_FAILED_SIGN_INS} failures across accounts, also for e-mails that have no account`, async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await signIn(`nobody${attempt}@example.org`, "guess", "192.0.2.50")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn("partner@demo.test", DEMO_PASSWORD, "192.0.2.50")).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn("partner@demo.test", DEMO_PASSWORD, "192.0.2.51")).toMatchObject({ ok: true });
  });

  it("allows nine failures, clears the account's count on success, and forgets failures after the window", async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS - 1; attempt++) await signIn("viewer@demo.test", "wrong");
    expect(await signIn("viewer@demo.test", DEMO_PASSWORD, "198.51.100.77")).toMatchObject({ ok: true });
    expect(await db.signInFailure.count({ where: { email: "viewer@demo.test" } })).toBe(0);

    const attempt = { email: "coordinator@demo.test", address: "192.0.2.99" };
    const longAgo = new Date(Date.now() - THROTTLE_WINDOW_MS - 1000);
    for (let index = 0; index < MAX_FAILED_SIGN_INS; index++) await recordFailedSignIn(attempt, longAgo);
    expect(await isSignInThrottled(attempt)).toBe(false);
    expect(await isSignInThrottled(attempt, longAgo)).toBe(true);
  });

  it("uses the address the nearest proxy added, not the client's own claims before it", async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await checkCredentials({ email: `x${attempt}@example.org`, password: "guess" }, from(`10.0.0.${attempt}, 192.0.2.7`));
    }
    expect(await signIn("partner@demo.test", DEMO_PASSWORD, "192.0.2.7")).toEqual({ ok: false, reason: "throttled" });
  });
});

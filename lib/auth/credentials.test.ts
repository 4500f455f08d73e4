import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { clientAddressOf, PEER_ADDRESS_HEADER } from "@/lib/client-address";
import {
  MAX_FAILED_SIGN_INS,
  THROTTLE_WINDOW_MS,
  isSignInThrottled,
  recordFailedSignIn,
} from "@/lib/dal/sign-in-throttle";
import type { SessionUser } from "@/lib/access/permissions";
import { db } from "@/test/db";
import { createUser, TEST_PASSWORD } from "@/test/factories";

/** A request over a connection from `address` (as server.mjs reports it), with any X-Forwarded-For the client sends. */
const from = (address: string, forwardedFor?: string) =>
  new Headers({ [PEER_ADDRESS_HEADER]: address, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });
const signIn = (email: string, password: string, address = "198.51.100.1") =>
  checkCredentials({ email, password }, from(address));

let lead: SessionUser;
let partner: SessionUser;
let viewer: SessionUser;

beforeEach(async () => {
  [lead, partner, viewer] = await Promise.all([
    createUser("PROJECT_LEAD", { password: TEST_PASSWORD }),
    createUser("PARTNER", { password: TEST_PASSWORD }),
    createUser("VIEWER", { password: TEST_PASSWORD }),
  ]);
  await db.signInFailure.deleteMany();
});

describe("sign-in throttling", () => {
  it(`refuses an account after ${MAX_FAILED_SIGN_INS} failures, even with the right password, from any address`, async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await signIn(lead.email, `wrong-${attempt}`, `198.51.100.${attempt}`)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await signIn(lead.email, TEST_PASSWORD, "203.0.113.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn(lead.email.toUpperCase(), TEST_PASSWORD, "203.0.113.10")).toEqual({
      ok: false,
      reason: "throttled",
    });
    // Other accounts from other addresses are not affected.
    expect(await signIn(partner.email, TEST_PASSWORD, "203.0.113.11")).toMatchObject({ ok: true });
  });

  it(`refuses an address after ${MAX_FAILED_SIGN_INS} failures across accounts, also for e-mails that have no account`, async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await signIn(`nobody${attempt}@example.org`, "guess", "192.0.2.50")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await signIn(partner.email, TEST_PASSWORD, "192.0.2.50")).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn(partner.email, TEST_PASSWORD, "192.0.2.51")).toMatchObject({ ok: true });
  });

  it("allows nine failures, clears the account's count on success, and forgets failures after the window", async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS - 1; attempt++) await signIn(viewer.email, "wrong");
    expect(await signIn(viewer.email, TEST_PASSWORD, "198.51.100.77")).toMatchObject({ ok: true });
    expect(await db.signInFailure.count({ where: { email: viewer.email } })).toBe(0);

    const attempt = { email: "coordinator@factory.test", address: "192.0.2.99" };
    const longAgo = new Date(Date.now() - THROTTLE_WINDOW_MS - 1000);
    for (let index = 0; index < MAX_FAILED_SIGN_INS; index++) await recordFailedSignIn(attempt, longAgo);
    expect(await isSignInThrottled(attempt)).toBe(false);
    expect(await isSignInThrottled(attempt, longAgo)).toBe(true);
  });

  it("counts by the connection's address, whatever X-Forwarded-For a client invents", async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await checkCredentials(
        { email: `x${attempt}@example.org`, password: "guess" },
        from("192.0.2.7", `198.51.100.${attempt}`),
      );
    }
    expect(await signIn(partner.email, TEST_PASSWORD, "192.0.2.7")).toEqual({ ok: false, reason: "throttled" });
  });

  it("does not let failures that claim another address lock that address out", async () => {
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await checkCredentials({ email: `y${attempt}@example.org`, password: "guess" }, from("192.0.2.8", "127.0.0.1"));
    }
    expect(await signIn(partner.email, TEST_PASSWORD, "127.0.0.1")).toMatchObject({ ok: true });
  });
});

describe("clientAddressOf", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddressOf(from("192.0.2.1", "203.0.113.5"), 0)).toBe("192.0.2.1");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.5" }), 0)).toBe("unknown");
  });

  it("behind trusted proxies, takes the address the outermost trusted proxy added, not the client's claims", () => {
    // client claims 10.0.0.1; proxy A adds the client's real 203.0.113.5; proxy B adds A's 10.1.1.1; B connects.
    const headers = from("10.2.2.2", "10.0.0.1, 203.0.113.5, 10.1.1.1");
    expect(clientAddressOf(headers, 2)).toBe("203.0.113.5");
    expect(clientAddressOf(from("10.1.1.1", "10.0.0.1, 203.0.113.5"), 1)).toBe("203.0.113.5");
    // More hops trusted than there are entries: the furthest one known.
    expect(clientAddressOf(from("10.1.1.1", "203.0.113.5"), 5)).toBe("203.0.113.5");
  });
});

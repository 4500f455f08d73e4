import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { endSessions } from "@/lib/dal/users";
import type { SessionUser } from "@/lib/access/permissions";
import { env } from "@/lib/env";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";

/** The request the page is rendered for: its cookies and its forwarded protocol; the secret the server holds. */
const request = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret of more than thirty-two characters";
  return { cookies: new Map<string, string>(), protocol: "http" };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-proto": request.protocol }),
}));

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

/** A cookie as next-auth seals it at sign-in: the user's id and session version, salted with the cookie's name. */
async function sealed(user: SessionUser, name: string, options: { maxAge?: number; secret?: string } = {}) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return encode({
    token: { uid: user.id, sv: sessionVersion, sub: user.id },
    secret: options.secret ?? env.AUTH_SECRET!,
    salt: name,
    maxAge: options.maxAge,
  });
}

let lead: SessionUser;

beforeEach(async () => {
  lead = await createUser("PROJECT_LEAD");
  request.cookies.clear();
  request.protocol = "http";
});

describe("the session of a request", () => {
  it("is the user whose cookie next-auth sealed", async () => {
    request.cookies.set(PLAIN, await sealed(lead, PLAIN));
    expect((await getSessionUser())?.id).toBe(lead.id);
  });

  it("is nobody without a cookie, or with one tampered with, expired or sealed with another secret", async () => {
    expect(await getSessionUser()).toBeNull();
    const token = await sealed(lead, PLAIN);
    request.cookies.set(PLAIN, `${token.slice(0, -4)}AAAA`);
    expect(await getSessionUser()).toBeNull();
    request.cookies.set(PLAIN, await sealed(lead, PLAIN, { maxAge: -60 }));
    expect(await getSessionUser()).toBeNull();
    request.cookies.set(PLAIN, await sealed(lead, PLAIN, { secret: "another secret of enough length, 32+" }));
    expect(await getSessionUser()).toBeNull();
  });

  it("ends when the user's sessions are ended or the user is deactivated", async () => {
    request.cookies.set(PLAIN, await sealed(lead, PLAIN));
    await endSessions(lead.id);
    expect(await getSessionUser()).toBeNull();
    request.cookies.set(PLAIN, await sealed(lead, PLAIN));
    await db.user.update({ where: { id: lead.id }, data: { deactivatedAt: new Date() } });
    expect(await getSessionUser()).toBeNull();
  });

  it("over HTTPS is read from the __Secure- cookie only, which a plain-HTTP page cannot set", async () => {
    request.protocol = "https";
    request.cookies.set(PLAIN, await sealed(lead, PLAIN));
    expect(await getSessionUser()).toBeNull();
    request.cookies.set(SECURE, await sealed(lead, SECURE));
    expect((await getSessionUser())?.id).toBe(lead.id);
    // Sealed for the other name: the name is the key's salt, so it does not open.
    request.cookies.set(SECURE, await sealed(lead, PLAIN));
    expect(await getSessionUser()).toBeNull();
  });

  it("is read whole from a cookie next-auth split into chunks", async () => {
    const token = await sealed(lead, PLAIN);
    const middle = Math.floor(token.length / 2);
    request.cookies.set(`${PLAIN}.1`, token.slice(middle));
    request.cookies.set(`${PLAIN}.0`, token.slice(0, middle));
    expect((await getSessionUser())?.id).toBe(lead.id);
  });
});

describe("a cookie already opened on an earlier request", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is still refused once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    request.cookies.set(PLAIN, await sealed(lead, PLAIN, { maxAge: 60 }));
    expect((await getSessionUser())?.id).toBe(lead.id);
    vi.setSystemTime(Date.now() + 59_000);
    expect((await getSessionUser())?.id).toBe(lead.id);
    vi.setSystemTime(Date.now() + 120_000);
    expect(await getSessionUser()).toBeNull();
  });

  it("opens only under the name it was sealed for", async () => {
    const token = await sealed(lead, PLAIN);
    request.cookies.set(PLAIN, token);
    expect((await getSessionUser())?.id).toBe(lead.id);
    request.protocol = "https";
    request.cookies.set(SECURE, token);
    expect(await getSessionUser()).toBeNull();
  });

  it("still ends when the user's sessions are ended", async () => {
    request.cookies.set(PLAIN, await sealed(lead, PLAIN));
    expect((await getSessionUser())?.id).toBe(lead.id);
    await endSessions(lead.id);
    expect(await getSessionUser()).toBeNull();
  });
});

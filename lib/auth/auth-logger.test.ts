import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsSignin } from "next-auth";
import { logAuthError } from "./auth-logger";

afterEach(() => vi.restoreAllMocks());

describe("logAuthError", () => {
  it("writes nothing for a failed sign-in, even when the build has renamed the error's class", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // What a minified production build makes of a subclass: a one-letter class name.
    const l = class extends CredentialsSignin {};
    const minified = new l();
    expect(minified.name).toBe("l");
    logAuthError(minified);
    logAuthError(new CredentialsSignin());
    expect(error).not.toHaveBeenCalled();
  });

  it("writes one line for an invalid session cookie, and the whole error for anything else", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    logAuthError(Object.assign(new Error("JWT could not be decrypted"), { name: "x", type: "JWTSessionError" }));
    expect(warn).toHaveBeenCalledWith("[auth] Ignored an invalid session cookie.");
    const unexpected = new Error("database unreachable");
    logAuthError(unexpected);
    expect(error).toHaveBeenCalledWith("[auth]", unexpected);
  });
});

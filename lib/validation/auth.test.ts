import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/errors";
import { safeCallbackPath, ZSignInInput } from "./auth";

describe("ZSignInInput", () => {
  it("accepts an e-mail and password, trimming the e-mail", () => {
    expect(ZSignInInput.parse({ email: " lead@demo.test ", password: "x" })).toEqual({
      email: "lead@demo.test",
      password: "x",
    });
  });

  it("explains what is missing or wrong", () => {
    const result = ZSignInInput.safeParse({ email: "not-an-address", password: "" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => inEnglish(issue.message));
    expect(messages).toContain("Enter a valid e-mail address.");
    expect(messages).toContain("Enter your password.");
  });

  it("refuses oversized input", () => {
    expect(ZSignInInput.safeParse({ email: "a@b.test", password: "x".repeat(201) }).success).toBe(false);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/projects?status=RUNNING")).toBe("/projects?status=RUNNING");
  });

  it("refuses other origins, protocol-relative and odd values", () => {
    for (const value of ["https://evil.test", "//evil.test", "/\\evil.test", "javascript:alert(1)", 42, undefined]) {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    }
  });

  it("refuses paths a browser would turn into another site once it drops control characters or white space", () => {
    for (const value of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\t\\evil.example",
      "/\r//evil.example",
      "/ /evil.example",
      "/\u00a0/evil.example",
      "/\\evil.example",
    ]) {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    }
  });

  it("returns the normalised path", () => {
    expect(safeCallbackPath("/projects/../organisations?q=a#top")).toBe("/organisations?q=a#top");
    expect(safeCallbackPath("/./login")).toBe("/dashboard");
  });

  it("does not loop back to the sign-in page", () => {
    expect(safeCallbackPath("/login")).toBe("/dashboard");
  });
});

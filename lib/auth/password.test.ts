import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id, 19 MiB and 2 iterations", async () => {
    const stored = await hashPassword("demo-password");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("demo-password");
    expect(await verifyPassword(stored, "demo-password")).toBe(true);
    expect(await verifyPassword(stored, "demo-passworD")).toBe(false);
  });

  it("treats a malformed stored hash as a refusal", async () => {
    expect(await verifyPassword("not-a-hash", "demo-password")).toBe(false);
  });
});

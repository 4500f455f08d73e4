import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB of memory, 2 iterations,
 * 1 lane. Kept explicit so that a change of library defaults cannot weaken stored hashes.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}

/** A hash of a random password, so that unknown e-mails take as long to refuse as wrong passwords. */
let timingDummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  timingDummyHash ??= hashPassword(crypto.randomUUID());
  return timingDummyHash;
}

import "server-only";
import { db } from "./db";

/**
 * Failed attempts at the public doors: sign-in (with the e-mail as typed) and invitation links that match
 * no open invitation (with no e-mail). After this many failures within the window, for one account or from
 * one address, further attempts are refused before any costly work.
 */
export const MAX_FAILED_SIGN_INS = 10;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type SignInAttempt = { email: string; address: string };

function windowStart(now: Date): Date {
  return new Date(now.getTime() - THROTTLE_WINDOW_MS);
}

/**
 * Whether this attempt must be refused before the password is even checked. Counting unknown e-mails too
 * keeps the answer the same whether or not an account exists.
 */
export async function isSignInThrottled({ email, address }: SignInAttempt, now = new Date()): Promise<boolean> {
  const [forAccount, fromAddress] = await Promise.all([
    db.signInFailure.count({ where: { email: email.toLowerCase(), createdAt: { gt: windowStart(now) } } }),
    isAddressThrottled(address, now),
  ]);
  return forAccount >= MAX_FAILED_SIGN_INS || fromAddress;
}

/** Whether this address has failed too often, at sign-in or with invitation links. */
export async function isAddressThrottled(address: string, now = new Date()): Promise<boolean> {
  return (
    (await db.signInFailure.count({ where: { address, createdAt: { gt: windowStart(now) } } })) >= MAX_FAILED_SIGN_INS
  );
}

/** Records a failure, and forgets the ones older than the window, so the table stays small. */
export async function recordFailedSignIn({ email, address }: SignInAttempt, now = new Date()): Promise<void> {
  await db.$transaction([
    db.signInFailure.create({
      data: { email: email.toLowerCase().slice(0, 254), address: address.slice(0, 100), createdAt: now },
    }),
    db.signInFailure.deleteMany({ where: { createdAt: { lte: windowStart(now) } } }),
  ]);
}

/** A successful sign-in clears the account's count (not the address's: others may be guessing from it). */
export async function clearFailedSignIns(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email: email.toLowerCase() } });
}

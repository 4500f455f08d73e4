"use server";

import { headers } from "next/headers";
import { acceptInvitation, inviteUser, setUserActive } from "@/lib/dal/user-admin";
import { env } from "@/lib/env";
import { ZAcceptInvitationInput, ZInviteUserInput, ZSetUserActiveInput } from "@/lib/validation/user";
import { authedAction, publicAction } from "./builder";

/** Where links in e-mails point: AUTH_URL when set, else the address this request came to. */
async function appUrl(): Promise<string> {
  if (env.AUTH_URL) return env.AUTH_URL;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export const inviteUserAction = authedAction(ZInviteUserInput, (input, { user }) => inviteUser(user, input, appUrl));

export const setUserActiveAction = authedAction(ZSetUserActiveInput, (input, { user }) => setUserActive(user, input));

/** Before sign-in: the secret token in the link is the authorisation. */
export const acceptInvitationAction = publicAction(ZAcceptInvitationInput, (input) => acceptInvitation(input));

"use server";

import { appUrl } from "@/lib/app-url";
import { acceptInvitation, inviteUser, setUserActive } from "@/lib/dal/user-admin";
import { ZAcceptInvitationInput, ZInviteUserInput, ZSetUserActiveInput } from "@/lib/validation/user";
import { authedAction, publicAction } from "./builder";

export const inviteUserAction = authedAction("inviteUserAction", ZInviteUserInput, (input, { user }) => inviteUser(user, input, appUrl));

export const setUserActiveAction = authedAction("setUserActiveAction", ZSetUserActiveInput, (input, { user }) => setUserActive(user, input));

/** Before sign-in: the secret token in the link is the authorisation. */
export const acceptInvitationAction = publicAction(ZAcceptInvitationInput, (input) => acceptInvitation(input));

"use server";

import { headers } from "next/headers";
import { appUrl } from "@/lib/app-url";
import { clientAddressOf } from "@/lib/client-address";
import { env } from "@/lib/env";
import { acceptInvitation, inviteUser } from "@/lib/dal/invitations";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ZAcceptInvitationInput, ZInviteUserInput } from "@/lib/validation/user";
import { authedAction, publicAction } from "./builder";

export const inviteUserAction = authedAction("inviteUserAction", ZInviteUserInput, async (input, { user }) =>
  inviteUser(user, input, appUrl, await requestLocale()),
);

/** Before sign-in: the secret token in the link is the authorisation. */
export const acceptInvitationAction = publicAction(ZAcceptInvitationInput, async (input) =>
  acceptInvitation(input, clientAddressOf(await headers(), env.TRUSTED_PROXY_HOPS)),
);

import { z } from "zod";
import { NetworkMembershipStatus } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { zChoice, zId, zOptionalCalendarDate, zOptionalId, zOptionalText, zText } from "./common";

export const ZSaveNetworkInput = z.object({
  id: z.string().max(64).optional(),
  name: zText("theNetworksName", 200),
  description: zOptionalText("theDescription", 4000),
  coordinatorOrganisationId: zOptionalId,
});
export type TSaveNetworkInput = z.input<typeof ZSaveNetworkInput>;

/**
 * A member of a network: when it joined, and whether it is still a member. A member who left keeps its row, with
 * the date it left, after the date it joined.
 */
export const ZSaveNetworkMembershipInput = z
  .object({
    id: z.string().max(64).optional(),
    networkId: zId(),
    organisationId: zId("chooseOrganisation"),
    joinedOn: zOptionalCalendarDate("theJoinDate"),
    status: zChoice(NetworkMembershipStatus, "chooseMembershipStatus"),
    leftOn: zOptionalCalendarDate("theLeavingDate"),
  })
  .superRefine((membership, context) => {
    if (membership.status === "LEFT" && !membership.leftOn) {
      context.addIssue({ code: "custom", path: ["leftOn"], message: messageText("enterLeavingDate") });
    }
    if (membership.status === "ACTIVE" && membership.leftOn) {
      context.addIssue({ code: "custom", path: ["leftOn"], message: messageText("activeMemberHasNotLeft") });
    }
    if (membership.joinedOn && membership.leftOn && membership.leftOn < membership.joinedOn) {
      context.addIssue({ code: "custom", path: ["leftOn"], message: messageText("leftBeforeJoining") });
    }
  });
export type TSaveNetworkMembershipInput = z.input<typeof ZSaveNetworkMembershipInput>;

/** A project linked to a network by hand, or unlinked. */
export const ZNetworkProjectInput = z.object({ networkId: zId(), projectId: zId("chooseProject") });

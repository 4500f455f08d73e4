import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { MAX_PASSWORD_LENGTH } from "./auth";
import { messageText } from "@/lib/i18n/message";
import { zId, zOptionalId, zText } from "./common";

export const MIN_PASSWORD_LENGTH = 12;

export const ZInviteUserInput = z
  .object({
    email: zText("anEmailAddress", 254)
      .pipe(z.email(messageText("invalidEmail")))
      .transform((email) => email.toLowerCase()),
    name: zText("thePersonsName", 120),
    role: z.enum(UserRole, { error: messageText("chooseRole") }),
    organisationId: zOptionalId,
    projectId: zOptionalId,
  })
  .superRefine((invite, context) => {
    if (invite.role === "PARTNER" && !invite.organisationId) {
      context.addIssue({
        code: "custom",
        path: ["organisationId"],
        message: messageText("partnerNeedsOrganisation"),
      });
    }
    if (invite.role === "PROJECT_LEAD" && !invite.projectId) {
      context.addIssue({ code: "custom", path: ["projectId"], message: messageText("chooseLedProject") });
    }
  });
export type TInviteUserInput = z.input<typeof ZInviteUserInput>;

export const ZAcceptInvitationInput = z
  .object({
    token: z.string().min(20).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, messageText("passwordTooShort", { min: MIN_PASSWORD_LENGTH }))
      .max(MAX_PASSWORD_LENGTH, messageText("passwordTooLong")),
    confirmPassword: z.string(),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: messageText("passwordsDiffer"),
  });
export type TAcceptInvitationInput = z.input<typeof ZAcceptInvitationInput>;

export const ZSetUserActiveInput = z.object({ userId: zId(), isActive: z.boolean() });

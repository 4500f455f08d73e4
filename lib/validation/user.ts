import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { MAX_PASSWORD_LENGTH } from "./auth";
import { zId, zOptionalId, zText } from "./common";

export const MIN_PASSWORD_LENGTH = 12;

export const ZInviteUserInput = z
  .object({
    email: zText("an e-mail address", 254)
      .pipe(z.email("Enter a valid e-mail address."))
      .transform((email) => email.toLowerCase()),
    name: zText("the person's name", 120),
    role: z.enum(UserRole, { error: "Choose a role." }),
    organisationId: zOptionalId,
    projectId: zOptionalId,
  })
  .superRefine((invite, context) => {
    if (invite.role === "PARTNER" && !invite.organisationId) {
      context.addIssue({
        code: "custom",
        path: ["organisationId"],
        message: "A partner acts for an organisation: choose it.",
      });
    }
    if (invite.role === "PROJECT_LEAD" && !invite.projectId) {
      context.addIssue({ code: "custom", path: ["projectId"], message: "Choose the project this person leads." });
    }
  });
export type TInviteUserInput = z.input<typeof ZInviteUserInput>;

export const ZAcceptInvitationInput = z
  .object({
    token: z.string().min(20).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(MAX_PASSWORD_LENGTH, "That password is too long."),
    confirmPassword: z.string(),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });
export type TAcceptInvitationInput = z.input<typeof ZAcceptInvitationInput>;

export const ZSetUserActiveInput = z.object({ userId: zId(), isActive: z.boolean() });

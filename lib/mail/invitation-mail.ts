import type { UserRole } from "@/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/messages";

/** The invitation e-mail, in the language of the person who sends it (the invitee has not chosen one yet). */
export function composeInvitation(input: {
  locale: string | null;
  name: string;
  inviter: string;
  role: UserRole;
  acronym: string | null;
  link: string;
  days: number;
}): { subject: string; body: string } {
  const t = translatorFor(input.locale);
  const role = t(`Labels.userRole.${input.role}`).toLowerCase();
  return {
    subject: t("InvitationMail.subject"),
    body: [
      t("InvitationMail.greeting", { name: input.name }),
      "",
      input.acronym
        ? t("InvitationMail.invitesToProject", { inviter: input.inviter, role, acronym: input.acronym })
        : t("InvitationMail.invites", { inviter: input.inviter, role }),
      t("InvitationMail.choosePassword", { days: input.days }),
      input.link,
      "",
      t("InvitationMail.ignore"),
    ].join("\n"),
  };
}

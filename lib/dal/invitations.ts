import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { addDays } from "@/lib/format/project-months";
import { composeInvitation } from "@/lib/mail/invitation-mail";
import type { ZAcceptInvitationInput, ZInviteUserInput } from "@/lib/validation/user";
import { recordAudit } from "./audit";
import { db } from "./db";
import { requireRole, validationError } from "./guards";
import { queueEmail } from "./outbox";
import { isAddressThrottled, recordFailedSignIn } from "./sign-in-throttle";

const INVITATION_DAYS = 7;
const ADMINS = ["ADMIN" as const];

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function findInvitationOptions(user: SessionUser) {
  requireRole(user, ADMINS);
  const [organisations, projects] = await Promise.all([
    db.organisation.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, country: true },
    }),
    db.project.findMany({
      where: { archivedAt: null },
      orderBy: { acronym: "asc" },
      select: { id: true, acronym: true },
    }),
  ]);
  return { organisations, projects };
}

/**
 * Invites a person: stores only a hash of the secret token, and mails the link (to the outbox when no
 * SMTP server is configured). A lead is invited for a project; a partner for an organisation.
 */
export async function inviteUser(
  user: SessionUser,
  input: z.output<typeof ZInviteUserInput>,
  resolveAppUrl: () => Promise<string>,
  /** The inviter's language, the e-mail's: the default unless given. */
  locale: string | null = null,
): Promise<{ id: string }> {
  requireRole(user, ADMINS);
  const appUrl = await resolveAppUrl();
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw validationError("email", "userExists");
    }
    if (
      input.organisationId &&
      !(await tx.organisation.findFirst({
        where: { id: input.organisationId, archivedAt: null },
        select: { id: true },
      }))
    ) {
      throw validationError("organisationId", "chooseKnownOrganisation");
    }
    const project = input.projectId
      ? await tx.project.findFirst({
          where: { id: input.projectId, archivedAt: null },
          select: { id: true, acronym: true },
        })
      : null;
    if (input.projectId && !project) throw validationError("projectId", "chooseProject");
    // Earlier open invitations to the same address stop working: only the newest link counts.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        organisationId: input.organisationId,
        projectId: project?.id ?? null,
        projectRole: project
          ? input.role === "PROJECT_LEAD"
            ? "LEAD"
            : input.role === "VIEWER"
              ? "VIEWER"
              : "MEMBER"
          : null,
        tokenHash: hashToken(token),
        expiresAt: addDays(new Date(), INVITATION_DAYS),
        invitedById: user.id,
      },
      select: { id: true },
    });
    const link = `${appUrl.replace(/\/$/, "")}/invitations/${token}`;
    const mail = composeInvitation({
      locale,
      name: input.name,
      inviter: user.name,
      role: input.role,
      acronym: project?.acronym ?? null,
      link,
      days: INVITATION_DAYS,
    });
    await queueEmail(tx, { to: input.email, ...mail });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.invite",
      entityType: "Invitation",
      entityId: invitation.id,
      projectId: project?.id,
      after: {
        email: input.email,
        role: input.role,
        organisationId: input.organisationId,
        projectId: project?.id ?? null,
      },
    });
    return invitation;
  });
}

function openInvitationWhere(token: string) {
  return { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } };
}

/** An invitation that can still be accepted, or null. */
export async function getOpenInvitation(token: string) {
  return db.invitation.findFirst({
    where: openInvitationWhere(token),
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * Accepts an invitation from a visitor at `address`. The token is looked up before anything costly: the
 * password is hashed only for a real invitation, and an address that keeps trying tokens that match none
 * is refused, like failed sign-ins.
 */
export async function acceptInvitation(
  input: z.output<typeof ZAcceptInvitationInput>,
  address: string,
): Promise<{ email: string }> {
  if (await isAddressThrottled(address)) throw new AppError("RATE_LIMITED", "invitationAttemptsThrottled");
  if (!(await db.invitation.findFirst({ where: openInvitationWhere(input.token), select: { id: true } }))) {
    await recordFailedSignIn({ email: "", address });
    throw new AppError("NOT_FOUND", "invitationGone");
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Again inside the transaction: of two acceptances at once, only one finds it still open.
    const invitation = await tx.invitation.findFirst({ where: openInvitationWhere(input.token) });
    if (!invitation) throw new AppError("NOT_FOUND", "invitationGone");
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "accountExists");
    }
    const created = await tx.user.create({
      data: {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        organisationId: invitation.organisationId,
        passwordHash,
      },
      select: { id: true, email: true },
    });
    if (invitation.projectId && invitation.projectRole) {
      await tx.projectMembership.create({
        data: { userId: created.id, projectId: invitation.projectId, role: invitation.projectRole },
      });
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAudit(tx, {
      actorId: created.id,
      action: "user.accept-invitation",
      entityType: "User",
      entityId: created.id,
      projectId: invitation.projectId,
    });
    return { email: created.email };
  });
}

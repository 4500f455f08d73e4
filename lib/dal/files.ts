import "server-only";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { StagedFile } from "@/lib/storage/file-storage";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { isReportEditable } from "@/lib/workflow/report-status";
import { recordAudit } from "./audit";
import { announce } from "./notifications";
import { db } from "./db";
import { requireProjectAccess } from "./guards";
import { holdRow } from "./row-locks";
import { ID_PATTERN } from "@/lib/validation/common";
import type { Db } from "@/lib/db/client";
import type { DocumentType } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

/**
 * Where an upload goes: a deliverable or a report, and in it either a new version of one of its documents
 * (`documentId`) or a new document (of `documentType`, "other" when not said).
 */
export type UploadTarget = { kind: "deliverable" | "report"; id: string } & (
  | { documentId: string; documentType?: undefined; expenditureItemId?: undefined }
  | { documentId?: undefined; documentType?: DocumentType; expenditureItemId?: undefined }
  /** A new receipt of one of the report's expenditure items. */
  | { documentId?: undefined; documentType?: undefined; expenditureItemId: string }
);

type Client = Pick<Db, "deliverable" | "partnerReport" | "storedFile" | "document" | "expenditureItem">;

/** Uploads of one person are counted over this window for the rate limit. */
export const UPLOAD_RATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Whether this user may add a version to this deliverable or report now. Checked before the body is read,
 * and again inside the transaction that records the file, so that no status change slips in between.
 */
export async function authoriseUpload(
  user: SessionUser,
  target: UploadTarget,
  client: Client = db,
): Promise<{ projectId: string; partnerId: string | null }> {
  if (!ID_PATTERN.test(target.id)) throw notFound(target.kind === "deliverable" ? "theDeliverable" : "theReport");
  const allowed = await authoriseOwner(user, target, client);
  if (target.documentId !== undefined) {
    const document = ID_PATTERN.test(target.documentId)
      ? await client.document.findFirst({ where: { id: target.documentId, ...ownerOf(target) }, select: { id: true } })
      : null;
    if (!document) throw notFound("theDocument");
  }
  if (target.expenditureItemId !== undefined) {
    const item =
      target.kind === "report" && ID_PATTERN.test(target.expenditureItemId)
        ? await client.expenditureItem.findFirst({
            where: { id: target.expenditureItemId, reportId: target.id },
            select: { id: true },
          })
        : null;
    if (!item) throw notFound("theExpenditureItem");
  }
  return allowed;
}

function ownerOf(target: UploadTarget) {
  return target.kind === "deliverable" ? { deliverableId: target.id } : { partnerReportId: target.id };
}

async function authoriseOwner(
  user: SessionUser,
  target: UploadTarget,
  client: Client,
): Promise<{ projectId: string; partnerId: string | null }> {
  if (target.kind === "deliverable") {
    const deliverable = await client.deliverable.findUnique({
      where: { id: target.id },
      select: { projectId: true, status: true, responsiblePartnerId: true },
    });
    if (!deliverable) throw notFound("theDeliverable");
    const access = await requireProjectAccess(user, deliverable.projectId);
    if (!access.isLead && !access.actsForPartnerIds.includes(deliverable.responsiblePartnerId)) {
      throw forbidden("onlyResponsibleUploads");
    }
    if (!OPEN_DELIVERABLE_STATUSES.includes(deliverable.status)) {
      throw new AppError("CONFLICT", "deliverableFilesFrozen");
    }
    return { projectId: deliverable.projectId, partnerId: null };
  }
  const report = await client.partnerReport.findUnique({
    where: { id: target.id },
    select: { projectId: true, status: true, partnerId: true },
  });
  if (!report) throw notFound("theReport");
  const access = await requireProjectAccess(user, report.projectId);
  if (!access.actsForPartnerIds.includes(report.partnerId)) {
    throw access.canReadAllFunding ? forbidden("onlyOwnPartnerUploads") : notFound("theReport");
  }
  if (!isReportEditable(report.status)) throw new AppError("CONFLICT", "reportFilesFrozen");
  return { projectId: report.projectId, partnerId: report.partnerId };
}

/**
 * Refuses an upload of `incomingBytes` that would take this person over the upload rate (files and bytes
 * within the last 10 minutes) or the project over its storage quota. Checked before the body is read (with
 * the size the request declares) and again, with the real size, in the transaction that records the file.
 */
export async function assertUploadAllowance(
  user: SessionUser,
  projectId: string,
  incomingBytes: number,
  client: Client = db,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - UPLOAD_RATE_WINDOW_MS);
  const [recent, project] = await Promise.all([
    client.storedFile.aggregate({
      where: { uploadedById: user.id, createdAt: { gt: since } },
      _count: { _all: true },
      _sum: { sizeBytes: true },
    }),
    client.storedFile.aggregate({
      where: { OR: [{ deliverable: { projectId } }, { partnerReport: { projectId } }] },
      _sum: { sizeBytes: true },
    }),
  ]);
  if (
    recent._count._all >= env.UPLOAD_RATE_FILES ||
    (recent._sum.sizeBytes ?? 0) + incomingBytes > env.UPLOAD_RATE_BYTES
  ) {
    throw new AppError("RATE_LIMITED", "uploadRateReached", {
      files: recent._count._all,
      megabytes: megabytes(recent._sum.sizeBytes ?? 0),
      maxFiles: env.UPLOAD_RATE_FILES,
      maxMegabytes: megabytes(env.UPLOAD_RATE_BYTES),
    });
  }
  if ((project._sum.sizeBytes ?? 0) + incomingBytes > env.PROJECT_STORAGE_QUOTA_BYTES) {
    throw new AppError("QUOTA_EXCEEDED", "storageQuotaReached", {
      megabytes: megabytes(env.PROJECT_STORAGE_QUOTA_BYTES),
    });
  }
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/**
 * Records a committed file as a new document of its deliverable or report, or as the next version of one of
 * its documents, in one transaction that first checks again that the upload is allowed. A deliverable that
 * had nothing uploaded becomes a draft.
 */
export async function recordUploadedFile(
  user: SessionUser,
  target: UploadTarget,
  file: { storageKey: string; name: string; mimeType: string; staged: StagedFile },
): Promise<{ id: string; versionNumber: number; documentId: string; title: string }> {
  return db.$transaction(async (tx) => {
    await holdRow(tx, target);
    const { projectId, partnerId } = await authoriseUpload(user, target, tx);
    await assertUploadAllowance(user, projectId, file.staged.sizeBytes, tx);
    const owner = ownerOf(target);
    const document = target.documentId
      ? await tx.document.findUniqueOrThrow({ where: { id: target.documentId }, select: { id: true, title: true } })
      : await tx.document.create({
          data: target.expenditureItemId
            ? { ...owner, title: file.name, type: "RECEIPT", expenditureItemId: target.expenditureItemId }
            : { ...owner, title: file.name, type: target.documentType ?? "OTHER" },
          select: { id: true, title: true },
        });
    const last = await tx.storedFile.aggregate({ where: { documentId: document.id }, _max: { versionNumber: true } });
    const versionNumber = (last._max.versionNumber ?? 0) + 1;
    const created = await tx.storedFile.create({
      data: {
        ...owner,
        documentId: document.id,
        storageKey: file.storageKey,
        originalName: file.name,
        mimeType: file.mimeType,
        sizeBytes: file.staged.sizeBytes,
        sha256: file.staged.sha256,
        versionNumber,
        uploadedById: user.id,
      },
      select: { id: true, versionNumber: true },
    });
    if (target.kind === "deliverable") {
      const { count } = await tx.deliverable.updateMany({
        where: { id: target.id, status: "PENDING" },
        data: { status: "DRAFT", version: { increment: 1 } },
      });
      if (count)
        await tx.deliverableStatusChange.create({
          data: {
            deliverableId: target.id,
            fromStatus: "PENDING",
            toStatus: "DRAFT",
            actorId: user.id,
            byFirstUpload: true,
          },
        });
      const deliverable = await tx.deliverable.findUniqueOrThrow({
        where: { id: target.id },
        select: { number: true, responsiblePartnerId: true, project: { select: { acronym: true } } },
      });
      await announce(tx, {
        projectId,
        actorId: user.id,
        kind: "FILE_UPLOADED",
        params: {
          acronym: deliverable.project.acronym,
          number: deliverable.number,
          file: file.name,
          version: versionNumber,
        },
        href: `/projects/${projectId}/deliverables/${target.id}`,
        toLeads: true,
        toPartnerId: deliverable.responsiblePartnerId,
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: target.kind === "deliverable" ? "deliverable.upload" : "report.upload",
      entityType: target.kind === "deliverable" ? "Deliverable" : "PartnerReport",
      entityId: target.id,
      projectId,
      partnerId,
      after: {
        document: document.title,
        file: file.name,
        version: versionNumber,
        sizeBytes: file.staged.sizeBytes,
        sha256: file.staged.sha256,
      },
    });
    return { ...created, documentId: document.id, title: document.title };
  });
}

/** Freezes the latest version of each document of a deliverable or a report: what was submitted stays as sent. */
export async function freezeLatestVersions(
  tx: Pick<Db, "document" | "storedFile">,
  owner: { deliverableId: string } | { partnerReportId: string },
): Promise<void> {
  const documents = await tx.document.findMany({
    where: owner,
    select: { versions: { orderBy: { versionNumber: "desc" }, take: 1, select: { id: true } } },
  });
  const latest = documents.flatMap((document) => document.versions.map((version) => version.id));
  if (latest.length) await tx.storedFile.updateMany({ where: { id: { in: latest } }, data: { isFrozen: true } });
}

/**
 * A file this user may download, or null. Deliverable files: anyone who sees the project. Report files:
 * the partner's own people, the lead, coordinators and administrators.
 */
export async function getFileForDownload(user: SessionUser, fileId: string) {
  if (!ID_PATTERN.test(fileId)) return null;
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      storageKey: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      deliverable: { select: { projectId: true } },
      partnerReport: { select: { projectId: true, partnerId: true } },
    },
  });
  const projectId = file?.deliverable?.projectId ?? file?.partnerReport?.projectId;
  if (!file || !projectId) return null;
  const access = await requireProjectAccess(user, projectId).catch(() => null);
  if (!access) return null;
  if (
    file.partnerReport &&
    !access.canReadAllFunding &&
    !access.actsForPartnerIds.includes(file.partnerReport.partnerId)
  )
    return null;
  return file;
}

export async function isStorageKeyReferenced(storageKey: string): Promise<boolean> {
  return (await db.storedFile.count({ where: { storageKey } })) > 0;
}

import { assertUploadAllowance, authoriseUpload, recordUploadedFile, type UploadTarget } from "@/lib/dal/files";
import { env } from "@/lib/env";
import { fileStorage } from "@/lib/storage";
import { newStorageKey, UploadTooLargeError, type StagedFile } from "@/lib/storage/file-storage";
import { ACCEPTED_TYPES, detectAcceptedType, sanitizeFileName } from "@/lib/uploads/file-checks";
import { jsonError } from "@/lib/http";
import type { Message } from "@/lib/i18n/message";
import { authedRoute } from "@/lib/route-handler";
import { isCrossOriginRequest } from "@/lib/same-origin";
import { ZDocumentType } from "@/lib/validation/documents";

/**
 * Receives one file as the raw request body (its name in the X-File-Name header, URI-encoded) and stores it in
 * a deliverable (?deliverableId=) or a partner report (?reportId=): as the next version of one of its documents
 * (&documentId=), as a new document (&documentType=, "OTHER" when left out), or as a new receipt of one of the
 * report's expenditure items (&expenditureItemId=).
 *
 * Everything is checked before the file counts: that the request comes from this site, the session and the
 * right to upload, the person's upload rate and the project's quota (before the body is read), the size
 * while the body streams in (never buffered whole), the name, and the type by content. A refused file leaves
 * nothing behind; a stored file always has its row, and the reverse.
 */
export async function POST(request: Request): Promise<Response> {
  // The proxy does not see API routes (uploads stream through untouched), so the route refuses other sites itself.
  if (isCrossOriginRequest(request.headers)) return jsonError(403, "crossSiteRequest");
  return receiveUpload(request, { params: Promise.resolve({}) });
}

const receiveUpload = authedRoute<object>(
  { name: "uploadFile", target: (_params, request) => uploadTargetIds(request) },
  async ({ user, request }) => {
    const target = uploadTargetOf(request);
    if (!target) return jsonError(400, "uploadTargetMissing");
    if (target === "unknownDocumentType") return jsonError(400, "documentTypeUnknown");

    let rawName: string;
    try {
      rawName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
    } catch {
      return jsonError(400, "fileNameUnreadable");
    }
    const name = sanitizeFileName(rawName);
    if (!name.ok) return jsonError(400, name.reason);

    const maxBytes = env.MAX_UPLOAD_BYTES;
    const declaredLength = Number(request.headers.get("content-length") ?? "0");
    if (declaredLength > maxBytes) return jsonError(413, new UploadTooLargeError(maxBytes).problem);
    if (!request.body) return jsonError(400, "fileEmpty");

    const { projectId } = await authoriseUpload(user, target);
    await assertUploadAllowance(user, projectId, declaredLength);

    let staged: StagedFile;
    try {
      staged = await fileStorage.stage(request.body, maxBytes);
    } catch (error) {
      if (error instanceof UploadTooLargeError) return jsonError(413, error.problem);
      throw error;
    }

    const type = await detectAcceptedType(staged.tempPath, name.value, staged.sizeBytes).catch(() => ({
      ok: false as const,
      reason: { key: "fileUnreadable" } satisfies Message,
    }));
    if (!type.ok) {
      await fileStorage.discard(staged);
      return jsonError(415, type.reason);
    }

    const storageKey = newStorageKey();
    await fileStorage.commit(staged, storageKey);
    try {
      const saved = await recordUploadedFile(user, target, {
        storageKey,
        name: name.value,
        mimeType: ACCEPTED_TYPES[type.value].mime,
        staged,
      });
      return Response.json(saved, { status: 201 });
    } catch (error) {
      // No file without its row.
      await fileStorage.remove(storageKey);
      throw error;
    }
  },
);

function uploadTargetOf(request: Request): UploadTarget | "unknownDocumentType" | null {
  const params = new URL(request.url).searchParams;
  const deliverableId = params.get("deliverableId");
  const reportId = params.get("reportId");
  const owner = deliverableId
    ? { kind: "deliverable" as const, id: deliverableId.slice(0, 64) }
    : reportId
      ? { kind: "report" as const, id: reportId.slice(0, 64) }
      : null;
  if (!owner) return null;
  const documentId = params.get("documentId");
  if (documentId) return { ...owner, documentId: documentId.slice(0, 64) };
  const expenditureItemId = params.get("expenditureItemId");
  if (expenditureItemId) return { ...owner, expenditureItemId: expenditureItemId.slice(0, 64) };
  const documentType = params.get("documentType");
  if (documentType === null) return owner;
  const parsed = ZDocumentType.safeParse(documentType);
  return parsed.success ? { ...owner, documentType: parsed.data } : "unknownDocumentType";
}

function uploadTargetIds(request: Request): Record<string, string> {
  const target = uploadTargetOf(request);
  if (!target || typeof target === "string") return {};
  return {
    [`${target.kind}Id`]: target.id,
    ...(target.documentId ? { documentId: target.documentId } : {}),
    ...(target.expenditureItemId ? { expenditureItemId: target.expenditureItemId } : {}),
  };
}

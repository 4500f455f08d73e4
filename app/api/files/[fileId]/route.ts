import { Readable } from "node:stream";
import { getSessionUser } from "@/lib/auth/session";
import { recordRefusal } from "@/lib/dal/audit";
import { getFileForDownload } from "@/lib/dal/files";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { jsonError } from "@/lib/http";

/** RFC 6266 / 5987: an ASCII fallback and the exact name in UTF-8. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Downloads a stored file. Access is checked on every request; files are never shown inline from our origin. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Sign in first.");
  const { fileId } = await params;
  const file = await getFileForDownload(user, fileId);
  if (!file) {
    await recordRefusal(user, "downloadFile", notFound("The file"), { fileId });
    return jsonError(404, "This file was not found, or you have no access to it.");
  }
  return new Response(Readable.toWeb(await fileStorage.read(file.storageKey)) as ReadableStream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}

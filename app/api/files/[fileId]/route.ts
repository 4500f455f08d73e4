import { Readable } from "node:stream";
import { getFileForDownload } from "@/lib/dal/files";
import { notFound } from "@/lib/errors";
import { authedRoute } from "@/lib/route-handler";
import { fileStorage } from "@/lib/storage";

/** RFC 6266 / 5987: an ASCII fallback and the exact name in UTF-8. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Downloads a stored file. Access is checked on every request; files are never shown inline from our origin. */
export const GET = authedRoute<{ fileId: string }>(
  { name: "downloadFile", target: ({ fileId }) => ({ fileId }) },
  async ({ user, params: { fileId } }) => {
    const file = await getFileForDownload(user, fileId);
    if (!file) throw notFound("theFile");
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
  },
);

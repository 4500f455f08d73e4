import { fileTypeFromFile } from "file-type";
import yauzl from "yauzl";
import type { Message } from "@/lib/i18n/message";

/** What we accept, by content. The name's extension must agree with the content. */
export const ACCEPTED_TYPES = {
  pdf: { mime: "application/pdf", extensions: ["pdf"], label: "PDF" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "Word (DOCX)",
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "Excel (XLSX)",
  },
  odt: { mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"], label: "OpenDocument text (ODT)" },
  ods: {
    mime: "application/vnd.oasis.opendocument.spreadsheet",
    extensions: ["ods"],
    label: "OpenDocument spreadsheet (ODS)",
  },
  png: { mime: "image/png", extensions: ["png"], label: "PNG image" },
  jpg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPEG image" },
  zip: { mime: "application/zip", extensions: ["zip"], label: "ZIP archive" },
} as const;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export const ACCEPTED_SUMMARY = "PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG or ZIP";

/** Limits on archives (DOCX, XLSX, ODT and ODS are archives too), against archive bombs. */
export const ZIP_LIMITS = { maxEntries: 2_000, maxUncompressedBytes: 250 * 1024 * 1024 };

export type CheckResult<T> = { ok: true; value: T } | { ok: false; reason: Message };

const MAX_NAME_LENGTH = 200;

/**
 * A safe display name for an upload. A name with a path separator is refused outright: it is either a
 * mistake or an attack, and silently changing it would hide both.
 */
export function sanitizeFileName(raw: string): CheckResult<string> {
  if (/[/\\]/.test(raw)) return { ok: false, reason: { key: "fileNameHasSeparator" } };
  // Control characters, the characters Windows forbids and bidirectional controls go (these make
  // "invoice\u202Efdp.exe" read as "invoiceexe.pdf"); the rest of Unicode stays.
  let name = raw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!name || !/\.[^.]+$/.test(name)) return { ok: false, reason: { key: "fileNameWithoutExtension" } };
  if (name.length > MAX_NAME_LENGTH) {
    const extension = name.slice(name.lastIndexOf("."));
    name = name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }
  return { ok: true, value: name };
}

/** The accepted type of a staged file, found from its bytes; the name must agree. */
export async function detectAcceptedType(
  filePath: string,
  name: string,
  sizeBytes: number,
): Promise<CheckResult<AcceptedType>> {
  if (sizeBytes === 0) return { ok: false, reason: { key: "fileEmpty" } };
  const detected = await fileTypeFromFile(filePath);
  const type =
    detected &&
    (Object.keys(ACCEPTED_TYPES) as AcceptedType[]).find((key) => ACCEPTED_TYPES[key].mime === detected.mime);
  if (!type) {
    return {
      ok: false,
      reason: detected
        ? { key: "fileTypeRefused", values: { type: detected.mime, accepted: ACCEPTED_SUMMARY } }
        : { key: "fileTypeUnknown", values: { accepted: ACCEPTED_SUMMARY } },
    };
  }
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const accepted = ACCEPTED_TYPES[type];
  if (!(accepted.extensions as readonly string[]).includes(extension)) {
    return {
      ok: false,
      reason: { key: "fileExtensionMismatch", values: { extension, type: accepted.label } },
    };
  }
  if (type === "docx" || type === "xlsx" || type === "odt" || type === "ods" || type === "zip") {
    const archive = await checkArchive(filePath);
    if (!archive.ok) return archive;
  }
  return { ok: true, value: type };
}

/** Reads the archive's directory (without unpacking) and applies the limits. */
function checkArchive(filePath: string): Promise<CheckResult<null>> {
  return new Promise((resolve) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: true, strictFileNames: false }, (openError, zip) => {
      if (openError || !zip) return resolve({ ok: false, reason: { key: "archiveDamaged" } });
      if (zip.entryCount > ZIP_LIMITS.maxEntries) {
        zip.close();
        return resolve({
          ok: false,
          reason: { key: "archiveTooManyFiles", values: { count: zip.entryCount, max: ZIP_LIMITS.maxEntries } },
        });
      }
      let total = 0;
      zip.on("entry", (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > ZIP_LIMITS.maxUncompressedBytes) {
          zip.close();
          return resolve({
            ok: false,
            reason: { key: "archiveTooLarge", values: { megabytes: ZIP_LIMITS.maxUncompressedBytes / 1024 / 1024 } },
          });
        }
        zip.readEntry();
      });
      zip.on("end", () => resolve({ ok: true, value: null }));
      zip.on("error", () => resolve({ ok: false, reason: { key: "archiveDamaged" } }));
      zip.readEntry();
    });
  });
}

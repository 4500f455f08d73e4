import { useTranslations } from "next-intl";
import type { DocumentType } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FileUploader } from "./file-uploader";
import { FileVersions, type FileVersion } from "./file-versions";
import { NewDocumentUploader } from "./new-document-uploader";

export type DocumentWithVersions = { id: string; title: string; type: DocumentType; versions: FileVersion[] };

/**
 * The documents of a deliverable or a report, each with its versions, newest first; for those who may upload,
 * "Upload a new version" under each document and "Add a document" after them.
 */
export function Documents({
  documents,
  uploadEndpoint,
  maxBytes,
  showChecksums,
  receiptsOf,
}: {
  documents: DocumentWithVersions[];
  /** Receipts of one expenditure item (its description): a new file is a receipt, its type not asked. */
  receiptsOf?: string;
  /** The upload route for this deliverable or report; absent when the reader may not upload. */
  uploadEndpoint?: string;
  maxBytes: number;
  showChecksums: boolean;
}) {
  const t = useTranslations("Files");
  const labels = useTranslations("Labels");
  return (
    <div className="space-y-6">
      {documents.length === 0 ? <EmptyState title={receiptsOf ? t("noReceipts") : t("none")} /> : null}
      {uploadEndpoint && documents.length > 0 ? <p className="text-sm text-slate-600">{t("documentsHint")}</p> : null}
      {documents.map((document) => (
        <section key={document.id} aria-labelledby={`document-${document.id}`} className="space-y-2">
          <h3 id={`document-${document.id}`} className="flex flex-wrap items-center gap-2 font-medium">
            <bdi>{document.title}</bdi>
            <Badge tone="neutral">{labels(`documentType.${document.type}`)}</Badge>
            <span className="text-sm font-normal text-slate-600">
              {t("versionCount", { count: document.versions.length })}
            </span>
          </h3>
          <FileVersions
            files={document.versions}
            caption={t("versionsCaption", { document: document.title })}
            showChecksums={showChecksums}
          />
          {uploadEndpoint ? (
            <details className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium max-sm:py-3">
                {t("uploadNewVersion", { document: document.title })}
              </summary>
              <div className="mt-3">
                <FileUploader
                  endpoint={`${uploadEndpoint}&documentId=${document.id}`}
                  maxBytes={maxBytes}
                  chooseLabel={t("chooseNewVersion", { document: document.title })}
                  hint={t("newVersionHint")}
                />
              </div>
            </details>
          ) : null}
        </section>
      ))}
      {uploadEndpoint ? (
        <section aria-labelledby="add-document" className="space-y-2">
          <h3 id="add-document" className="font-medium">
            {receiptsOf ? t("addReceipt") : t("addDocument")}
          </h3>
          {receiptsOf ? (
            <FileUploader
              endpoint={uploadEndpoint}
              maxBytes={maxBytes}
              chooseLabel={t("chooseReceipt", { description: receiptsOf })}
              hint={t("receiptHint")}
            />
          ) : (
            <NewDocumentUploader endpoint={uploadEndpoint} maxBytes={maxBytes} />
          )}
        </section>
      ) : null}
    </div>
  );
}

import { Lock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { useTranslations } from "next-intl";
import { useDisplay } from "@/lib/i18n/use-display";
import { formatFileSize } from "@/lib/format/display";

export type FileVersion = {
  id: string;
  versionNumber: number;
  originalName: string;
  sizeBytes: number;
  sha256: string;
  isFrozen: boolean;
  createdAt: Date;
  uploadedBy: { name: string };
};

/**
 * The versions of one document, newest first, each downloadable; the submitted ones marked frozen in words. Checksums
 * only for those who check what was sent (`showChecksums`).
 */
export function FileVersions({
  files,
  caption,
  showChecksums,
}: {
  files: FileVersion[];
  caption: string;
  showChecksums: boolean;
}) {
  const t = useTranslations("Files");
  const display = useDisplay();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("version")}</Th>
          <Th>{t("file")}</Th>
          <Th>{t("uploadedColumn")}</Th>
          <Th className="text-right">{t("size")}</Th>
          {showChecksums ? <Th>SHA-256</Th> : null}
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.id}>
            <Td className="font-medium">
              v{file.versionNumber}
              {file.isFrozen ? (
                <Badge tone="info" className="ml-2">
                  <Lock aria-hidden="true" className="size-3" />
                  {t("frozen")}
                </Badge>
              ) : null}
            </Td>
            <Td>
              <a
                href={`/api/files/${file.id}`}
                className="link"
                aria-label={t("download", { version: file.versionNumber, name: file.originalName })}
              >
                {/* Isolated, so that a name in another writing direction cannot reorder the text around it. */}
                <bdi>{file.originalName}</bdi>
              </a>
            </Td>
            <Td>
              {file.uploadedBy.name}, {display.dateTime(file.createdAt)}
            </Td>
            <Td className="text-right">{formatFileSize(file.sizeBytes)}</Td>
            {showChecksums ? (
              <Td>
                <code title={file.sha256} className="text-xs">
                  {file.sha256.slice(0, 12)}…
                </code>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DocumentType } from "@/generated/prisma/enums";
import { enumOptions } from "@/components/forms/enum-options";
import { FileUploader } from "./file-uploader";

/** Adds a document beside the others: its type first, then the file. */
export function NewDocumentUploader({ endpoint, maxBytes }: { endpoint: string; maxBytes: number }) {
  const t = useTranslations("Files");
  const labels = useTranslations("Labels");
  const typeId = useId();
  const [type, setType] = useState<DocumentType>("OTHER");
  return (
    <div className="space-y-2">
      <div className="max-w-xs">
        <Label htmlFor={typeId}>{t("documentType")}</Label>
        <Select id={typeId} value={type} onChange={(event) => setType(event.target.value as DocumentType)}>
          {enumOptions(DocumentType, (value) => labels(`documentType.${value}`))
            // Receipts are added to their expenditure items.
            .filter((option) => option.value !== "RECEIPT")
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
        </Select>
      </div>
      <FileUploader endpoint={`${endpoint}&documentType=${type}`} maxBytes={maxBytes} />
    </div>
  );
}

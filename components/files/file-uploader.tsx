"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { cn } from "@/lib/cn";
import { useTranslations } from "next-intl";

type Outcome = { tone: "error" | "success"; text: string };

const ACCEPT = ".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.zip";

/**
 * Uploads one file to `endpoint` (a new document, or a new version of one): drag and drop or a plain file input,
 * with a progress bar. The file is sent as the raw request body, so the server can stream and check it without
 * buffering.
 */
export function FileUploader({
  endpoint,
  maxBytes,
  chooseLabel,
  hint,
}: {
  endpoint: string;
  maxBytes: number;
  /** The file input's name, which tells the uploaders of one page apart. */
  chooseLabel?: string;
  /** What the upload does, said before the accepted types. */
  hint?: string;
}) {
  const router = useRouter();
  const t = useTranslations("Files");
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const maxMegabytes = Math.round(maxBytes / 1024 / 1024);

  const upload = (file: File) => {
    setOutcome(null);
    if (file.size > maxBytes)
      return setOutcome({ tone: "error", text: t("tooLarge", { name: file.name, max: maxMegabytes }) });
    const request = new XMLHttpRequest();
    request.open("POST", endpoint);
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) =>
      event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      setProgress(null);
      if (input.current) input.current.value = "";
      const body = safeJson(request.responseText);
      if (request.status === 201) {
        setOutcome({
          tone: "success",
          text: t("uploaded", {
            name: file.name,
            version: body.versionNumber ?? "",
            document: body.title ?? file.name,
          }),
        });
        router.refresh();
      } else {
        setOutcome({
          tone: "error",
          text: t("notStored", {
            name: file.name,
            reason: body.error ?? t("refused"),
          }),
        });
      }
    };
    request.onerror = () => {
      setProgress(null);
      setOutcome({ tone: "error", text: t("interrupted") });
    };
    setProgress(0);
    request.send(file);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) upload(file);
  };

  return (
    <div className="space-y-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
        className={cn(
          "rounded-md border-2 border-dashed p-4 text-center",
          isDragging ? "border-brand-600 bg-brand-50" : "border-slate-300",
        )}
      >
        <Upload aria-hidden="true" className="mx-auto size-6 text-slate-500" />
        <p className="text-sm text-slate-700">{t("dropHere")}</p>
        <label
          htmlFor={inputId}
          className="mt-1 inline-block cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-within:outline-2 max-sm:py-3"
        >
          {chooseLabel ?? t("choose")}
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            disabled={progress !== null}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload(file);
            }}
          />
        </label>
        <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-600">
          {hint ? `${hint} ` : null}
          {t("hint", { max: maxMegabytes })}
        </p>
      </div>
      {progress !== null ? (
        <div>
          <label htmlFor={`${inputId}-progress`} className="text-sm">
            {t("uploading", { progress })}
          </label>
          <progress id={`${inputId}-progress`} className="w-full" max={100} value={progress} />
        </div>
      ) : null}
      {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
    </div>
  );
}

type UploadReply = { versionNumber?: number; title?: string; error?: string };

function safeJson(text: string): UploadReply {
  try {
    return JSON.parse(text) as UploadReply;
  } catch {
    return {};
  }
}

"use client";
// Upload a TMX or TSV file (the raw body) or a Moses pair (a form with two files) into
// translation memory. The file is streamed to the server, which imports it in the
// background; this form shows the upload's progress, then the import's, then its counts.
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Meter } from "../ui/meter";
import { useMemoryUpload, type UploadPhase, type UploadRequest } from "./use-memory-upload";

const FIELD = "block w-full rounded-md border border-line bg-paper px-3 py-2 text-sm";
type Format = "tmx" | "tsv" | "moses";

export function MemoryImportForm({ maxLabel }: { maxLabel: string }) {
  const t = useTranslations("Memory");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const targetRef = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<Format>("tmx");
  const [missing, setMissing] = useState(false);
  const refresh = useCallback(() => router.refresh(), [router]);
  const { phase, start } = useMemoryUpload(refresh);
  const busy = phase.kind === "uploading" || phase.kind === "importing";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = requestOf(format, fileRef.current?.files?.[0], targetRef.current?.files?.[0]);
    setMissing(request === null);
    if (request) void start(request);
  }

  return (
    <section aria-labelledby="memory-upload-heading" className="max-w-3xl space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="memory-upload-heading" className="font-semibold">{t("uploadHeading")}</h2>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end">
        <div className="space-y-3">
          <label className="block space-y-1 text-sm">
            <span>{format === "moses" ? t("sourceFileLabel", { max: maxLabel }) : t("fileLabel", { max: maxLabel })}</span>
            <input ref={fileRef} type="file" name="file" accept={format === "moses" ? undefined : ".tmx,.xml,.tsv,.txt,text/tab-separated-values"} data-testid="memory-file" className={FIELD} />
          </label>
          {format === "moses" && (
            <label className="block space-y-1 text-sm">
              <span>{t("targetFileLabel")}</span>
              <input ref={targetRef} type="file" name="target" data-testid="memory-target-file" className={FIELD} />
            </label>
          )}
        </div>
        <label className="space-y-1 text-sm">
          <span>{t("formatLabel")}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value === "tsv" || e.target.value === "moses" ? e.target.value : "tmx")} data-testid="memory-format" className={FIELD}>
            <option value="tmx">{t("formatTmx")}</option>
            <option value="tsv">{t("formatTsv")}</option>
            <option value="moses">{t("formatMoses")}</option>
          </select>
        </label>
        <button type="submit" disabled={busy} data-testid="memory-import" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink disabled:opacity-60">
          {busy ? t("importing") : t("importButton")}
        </button>
      </form>
      <PhaseView phase={phase} missing={missing} />
    </section>
  );
}

function requestOf(format: Format, file: File | undefined, target: File | undefined): UploadRequest | null {
  if (!file || (format === "moses" && !target)) return null;
  if (format === "moses" && target) {
    const form = new FormData();
    form.set("source", file);
    form.set("target", target);
    return { url: `/api/memory/import?${new URLSearchParams({ format, name: file.name })}`, body: form, file: file.name };
  }
  return { url: `/api/memory/import?${new URLSearchParams({ format, name: file.name })}`, body: file, file: file.name };
}

function PhaseView({ phase, missing }: { phase: UploadPhase; missing: boolean }) {
  const t = useTranslations("Memory");
  const failed = missing || phase.kind === "failed";
  const text = missing
    ? t("chooseFile")
    : phase.kind === "uploading" ? t("uploading", { file: phase.file })
    : phase.kind === "importing" ? (phase.detail?.status === "queued" ? t("waiting", { file: phase.file }) : t("running", { file: phase.file }))
    : phase.kind === "done" ? t("imported", { file: phase.detail.fileName, imported: phase.detail.imported, duplicates: phase.detail.duplicates, refused: phase.detail.refused })
    : phase.kind === "failed" ? t("failed", { message: phase.message ?? t("network") })
    : "";
  const percent = phase.kind === "uploading" ? phase.percent : phase.kind === "importing" ? (phase.detail?.progress.percent ?? 0) : null;
  return (
    <div className="space-y-2">
      {/* Phase changes are announced; the figures live in the bar, read on demand. */}
      <p role={failed ? "alert" : "status"} data-testid="memory-import-status" className={`text-sm ${failed ? "text-danger" : "text-muted"}`}>{text}</p>
      {percent !== null && (
        <Meter
          testId="memory-import-progress"
          label={phase.kind === "uploading" ? t("uploadProgress") : t("importProgress")}
          valueText={phase.kind === "importing" ? t("progressValue", { percent, units: phase.detail?.progress.unitsRead ?? 0 }) : `${percent}%`}
          value={percent}
          max={100}
        />
      )}
    </div>
  );
}

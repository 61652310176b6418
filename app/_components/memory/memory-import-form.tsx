"use client";
// Upload one TMX or TSV file into translation memory. The file goes as the raw request
// body (the server streams it), and the outcome is announced with its counts.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { readApiFailure } from "@/lib/i18n/api-error";
import type { MemoryImportReport } from "@/lib/memory/types";

const FIELD = "block w-full rounded-md border border-line bg-paper px-3 py-2 text-sm";

export function MemoryImportForm({ maxMegabytes }: { maxMegabytes: number }) {
  const t = useTranslations("Memory");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<"tmx" | "tsv">("tmx");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessage({ text: t("chooseFile"), failed: true });
    setBusy(true);
    setMessage(await upload(file, format));
    setBusy(false);
    router.refresh();
  }

  async function upload(file: File, chosen: "tmx" | "tsv"): Promise<{ text: string; failed: boolean }> {
    try {
      const query = new URLSearchParams({ format: chosen, name: file.name });
      const response = await fetch(`/api/memory/import?${query}`, { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
      const payload: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const { imported, duplicates, refused } = payload as MemoryImportReport;
        return { text: t("imported", { file: file.name, imported, duplicates, refused }), failed: false };
      }
      const failure = readApiFailure(payload);
      return { text: t("failed", { message: failure.serverMessage ?? failure.code }), failed: true };
    } catch {
      return { text: t("failed", { message: t("network") }), failed: true };
    }
  }

  return (
    <section aria-labelledby="memory-upload-heading" className="max-w-3xl space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="memory-upload-heading" className="font-semibold">{t("uploadHeading")}</h2>
      <form onSubmit={(e) => void submit(e)} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end">
        <label className="space-y-1 text-sm">
          <span>{t("fileLabel", { mb: maxMegabytes })}</span>
          <input ref={fileRef} type="file" name="file" accept=".tmx,.xml,.tsv,.txt,text/tab-separated-values" data-testid="memory-file" className={FIELD} />
        </label>
        <label className="space-y-1 text-sm">
          <span>{t("formatLabel")}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value === "tsv" ? "tsv" : "tmx")} data-testid="memory-format" className={FIELD}>
            <option value="tmx">{t("formatTmx")}</option>
            <option value="tsv">{t("formatTsv")}</option>
          </select>
        </label>
        <button type="submit" disabled={busy} data-testid="memory-import" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink disabled:opacity-60">
          {busy ? t("importing") : t("importButton")}
        </button>
      </form>
      <p role={message?.failed ? "alert" : "status"} data-testid="memory-import-status" className={`text-sm ${message?.failed ? "text-danger" : "text-muted"}`}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}

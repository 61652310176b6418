"use client";
// The imports in translation memory, newest first: file, format, when, by whom and what
// became of its units. Editors may remove one after the app's own confirmation.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { MemoryImportView } from "@/lib/memory/types";
import { ConfirmDialog } from "../lifecycle/confirm-dialog";
import { sendRequest } from "../lifecycle/send-request";

// Refusal codes as the report counts them → their names in messages (Memory.reasonNames).
const REASON_KEYS = {
  "empty-source": "emptySource",
  "empty-target": "emptyTarget",
  "too-long": "tooLong",
  "wrong-language": "wrongLanguage",
  "column-count": "columnCount",
  "line-too-long": "lineTooLong",
} as const;

const BUTTON = "rounded-md border border-line bg-surface px-3 py-1 text-sm font-medium text-danger hover:bg-sunken disabled:opacity-60";

export function MemoryImportList({ imports, canEdit }: { imports: MemoryImportView[]; canEdit: boolean }) {
  const t = useTranslations("Memory");
  const format = useFormatter();
  const router = useRouter();
  const [removing, setRemoving] = useState<MemoryImportView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function remove(item: MemoryImportView) {
    setBusy(true);
    const outcome = await sendRequest(`/api/memory/import/${encodeURIComponent(item.id)}`, "DELETE");
    setBusy(false);
    setRemoving(null);
    setMessage(outcome.ok ? { text: t("removed", { file: item.fileName }), failed: false } : { text: t("failed", { message: outcome.message ?? t("network") }), failed: true });
    router.refresh();
  }

  const reasons = (item: MemoryImportView) =>
    Object.entries(item.reasons)
      .map(([code, count]) => {
        const key = (REASON_KEYS as Partial<Record<string, (typeof REASON_KEYS)[keyof typeof REASON_KEYS]>>)[code];
        return `${key ? t(`reasonNames.${key}`) : code} (${count})`;
      })
      .join(", ");
  return (
    <section aria-labelledby="memory-list-heading" className="space-y-3">
      <h2 id="memory-list-heading" className="font-semibold">{t("listHeading")}</h2>
      <p role={message?.failed ? "alert" : "status"} data-testid="memory-list-status" className={`text-sm ${message?.failed ? "text-danger" : "text-muted"}`}>{message?.text ?? ""}</p>
      {imports.length === 0 ? (
        <p data-testid="memory-empty" className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-12 text-center text-muted">{t("empty")}</p>
      ) : (
        <ul data-testid="memory-imports" className="divide-y divide-line rounded-xl border border-line bg-surface">
          {imports.map((item) => (
            <li key={item.id} data-testid="memory-import-row" data-import-id={item.id} className="flex flex-wrap items-center gap-3 px-5 py-4">
              <div className="min-w-0 flex-1 space-y-0.5">
                <p className="break-all font-medium" data-testid="memory-import-file">{item.fileName} <span className="text-xs uppercase text-muted">{item.format}</span></p>
                <p className="text-sm text-muted">{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })} · {item.createdByName}</p>
                {item.status === "done" ? (
                  <>
                    <p className="text-sm" data-testid="memory-import-counts" title={t("columnCounts")}>
                      {t("columnCounts")}: {t("counts", { imported: item.imported, duplicates: item.duplicates, refused: item.refused })}
                    </p>
                    {item.refused > 0 && <p className="text-sm text-muted">{t("reasons", { list: reasons(item) })}</p>}
                  </>
                ) : (
                  <p className={`text-sm ${item.status === "failed" ? "text-danger" : "text-muted"}`} data-testid="memory-import-state">
                    <span className="font-medium">{t(`statusNames.${item.status}`)}</span>
                    {item.status === "failed" && item.error ? ` · ${t("failedReason", { message: item.error.message })}` : ""}
                    {item.status === "running" && item.progress.percent !== null ? ` · ${t("runningPercent", { percent: item.progress.percent })}` : ""}
                  </p>
                )}
              </div>
              {canEdit && item.status !== "running" && (
                <button type="button" onClick={() => setRemoving(item)} disabled={busy} data-testid="memory-remove" className={BUTTON}>{t("remove")}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t("removeTitle", { file: removing?.fileName ?? "" })}
        confirmLabel={busy ? t("removing") : t("removeConfirm")}
        cancelLabel={t("cancel")}
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
        testId="memory-remove-dialog"
      >
        <p>{t("removeBody")}</p>
      </ConfirmDialog>
    </section>
  );
}

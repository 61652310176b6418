"use client";
// The Trash page's list: restore an article, or delete it for good after the app's own
// confirmation. The outcome is announced here, since the row itself disappears.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { TrashedDocument } from "@/lib/documents/delete-document";
import { ConfirmDialog } from "./confirm-dialog";
import { sendRequest } from "./send-request";

const BUTTON = "rounded-md border border-line bg-surface px-3 py-1 text-sm font-medium hover:bg-sunken disabled:opacity-60";

export function TrashList({ documents }: { documents: TrashedDocument[] }) {
  const t = useTranslations("Lifecycle");
  const format = useFormatter();
  const router = useRouter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [purging, setPurging] = useState<TrashedDocument | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function act(document: TrashedDocument, kind: "restore" | "purge") {
    setBusyId(document.id);
    const id = encodeURIComponent(document.id);
    const outcome = kind === "restore" ? await sendRequest(`/api/trash/${id}/restore`, "POST") : await sendRequest(`/api/trash/${id}`, "DELETE");
    setBusyId(null);
    setPurging(null);
    if (!outcome.ok) {
      setMessage({ text: t("failed", { message: outcome.message ?? t("network") }), failed: true });
      return;
    }
    setMessage({ text: kind === "restore" ? t("restored", { title: document.title }) : t("purged", { title: document.title }), failed: false });
    router.refresh();
  }

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <p role={message?.failed ? "alert" : "status"} data-testid="trash-status" className={`text-sm ${message?.failed ? "text-danger" : "text-muted"}`}>
        {message?.text ?? ""}
      </p>
      {documents.length === 0 ? (
        <p data-testid="trash-empty" className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-12 text-center text-muted">{t("trashEmpty")}</p>
      ) : (
        <ul data-testid="trash-list" className="divide-y divide-line rounded-xl border border-line bg-surface">
          {documents.map((document) => (
            <li key={document.id} data-testid="trash-item" className="flex flex-wrap items-center gap-3 px-5 py-4">
              <div className="min-w-0 flex-1">
                <p className="font-serif text-lg font-semibold">{document.title}</p>
                <p className="text-sm text-muted">
                  {t("deletedOn", { date: date(document.deletedAt) })} · {t("purgeOn", { date: date(document.purgeAt) })}
                </p>
              </div>
              <button type="button" onClick={() => void act(document, "restore")} disabled={busyId !== null} data-testid="trash-restore" className={BUTTON}>
                {busyId === document.id && !purging ? t("restoring") : t("restore")}
              </button>
              <button type="button" onClick={() => setPurging(document)} disabled={busyId !== null} data-testid="trash-purge" className={`${BUTTON} text-danger`}>
                {t("purge")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={purging !== null}
        title={t("purgeTitle", { title: purging?.title ?? "" })}
        confirmLabel={busyId ? t("purging") : t("purgeConfirm")}
        cancelLabel={t("cancel")}
        busy={busyId !== null}
        onConfirm={() => purging && void act(purging, "purge")}
        onCancel={() => setPurging(null)}
        testId="purge-dialog"
      >
        <p>{t("purgeBody")}</p>
      </ConfirmDialog>
    </div>
  );
}

"use client";
// The undo notice the library shows right after a delete (/?trashed=id): one click
// brings the article back and opens it again.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { sendRequest } from "./send-request";

export function TrashedNotice({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("Lifecycle");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    const outcome = await sendRequest(`/api/trash/${encodeURIComponent(documentId)}/restore`, "POST");
    if (!outcome.ok) {
      setBusy(false);
      setFailure(outcome.message ?? t("network"));
      return;
    }
    router.push(`/documents/${encodeURIComponent(documentId)}`);
  }

  return (
    <div data-testid="trashed-notice" className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 shadow-sm">
      <p role="status" className="text-sm">{t("trashedNotice", { title })}</p>
      <button type="button" onClick={() => void undo()} disabled={busy} data-testid="undo-delete" className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60">
        {busy ? t("undoing") : t("undo")}
      </button>
      <Link href="/trash" className="text-sm font-medium text-accent">{t("openTrash")}</Link>
      {failure && <p role="alert" className="basis-full text-sm text-danger">{t("failed", { message: failure })}</p>}
    </div>
  );
}

"use client";
// What the reader and the editor show for an article in the trash: when it goes for
// good, and a way to bring it back where the person already is.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { TrashedDocument as Trashed } from "@/lib/documents/delete-document";
import { sendRequest } from "./send-request";

export function TrashedDocument({ document }: { document: Trashed }) {
  const t = useTranslations("Lifecycle");
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function restore() {
    setBusy(true);
    const outcome = await sendRequest(`/api/trash/${encodeURIComponent(document.id)}/restore`, "POST");
    if (!outcome.ok) {
      setBusy(false);
      setFailure(outcome.message ?? t("network"));
      return;
    }
    router.refresh();
  }

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  return (
    <div data-testid="trashed-document" className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("inTrashTitle")}</h1>
      <p className="text-muted">{t("inTrashBody", { title: document.title, deleted: date(document.deletedAt), purge: date(document.purgeAt) })}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => void restore()} disabled={busy} data-testid="restore-document" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink hover:opacity-90 disabled:opacity-60">
          {busy ? t("restoring") : t("restore")}
        </button>
        <Link href="/trash" className="rounded-lg border border-line px-4 py-2 text-sm font-semibold text-ink no-underline hover:bg-sunken">{t("openTrash")}</Link>
      </div>
      {failure && <p role="alert" className="text-sm text-danger">{t("failed", { message: failure })}</p>}
    </div>
  );
}

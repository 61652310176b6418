"use client";
// "Not a name" on a glossary entry (POST /api/glossary/:id/not-a-name). The page then
// shows an undo notice for it (?hidden=key) and lists it under "Not names".
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { sendRequest } from "../lifecycle/send-request";

export function NotANameButton({ entryId, name }: { entryId: string; name: string }) {
  const t = useTranslations("Glossary");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function mark() {
    setBusy(true);
    const outcome = await sendRequest(`/api/glossary/${encodeURIComponent(entryId)}/not-a-name`, "POST");
    if (!outcome.ok) {
      setBusy(false);
      setFailure(outcome.message ?? "network");
      return;
    }
    const keys = (outcome.body as { keys?: string[] } | null)?.keys ?? [];
    const next = new URLSearchParams(search);
    if (keys[0]) next.set("hidden", keys[0]);
    router.push(`${pathname === "/glossary" ? pathname : "/glossary"}?${next}`);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void mark()}
        disabled={busy}
        aria-label={t("notANameLabel", { name })}
        data-testid="not-a-name"
        className="rounded-md border border-line bg-surface px-2 py-0.5 text-xs font-medium text-muted hover:bg-sunken hover:text-ink disabled:opacity-60"
      >
        {busy ? t("working") : t("notAName")}
      </button>
      {failure && <span role="alert" className="text-xs text-danger">{t("saveFailed", { message: failure })}</span>}
    </span>
  );
}

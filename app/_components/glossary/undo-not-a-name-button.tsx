"use client";
// Releases a "Not a name" mark (DELETE /api/glossary/suppressed/:key): the word's marks
// come back in every article that has it, and the undo notice (?hidden=) goes away.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { sendRequest } from "../lifecycle/send-request";

type Props = { suppressedKey: string; label: string; ariaLabel?: string; testId: string; primary?: boolean };

export function UndoNotANameButton({ suppressedKey, label, ariaLabel, testId, primary = false }: Props) {
  const t = useTranslations("Glossary");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    const outcome = await sendRequest(`/api/glossary/suppressed/${encodeURIComponent(suppressedKey)}`, "DELETE");
    setBusy(false);
    if (!outcome.ok) {
      setFailure(outcome.message ?? "network");
      return;
    }
    const next = new URLSearchParams(search);
    next.delete("hidden");
    const query = next.toString();
    router.push(query ? `${pathname}?${query}` : pathname);
    router.refresh();
  }

  const style = primary
    ? "rounded-md bg-accent px-3 py-1 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
    : "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium hover:bg-sunken disabled:opacity-60";
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void undo()} disabled={busy} aria-label={ariaLabel} data-testid={testId} className={style}>
        {busy ? t("working") : label}
      </button>
      {failure && <span role="alert" className="text-sm text-danger">{t("saveFailed", { message: failure })}</span>}
    </span>
  );
}

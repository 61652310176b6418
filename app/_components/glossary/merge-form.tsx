"use client";
// Folds another entry into this one: for two spellings the detector could not link.
import { useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useGlossaryAction } from "./use-glossary-action";
import { ActionStatus } from "./action-status";

export type MergeCandidate = { id: string; source: string; target: string | null };

export function MergeForm({ keepId, candidates }: { keepId: string; candidates: MergeCandidate[] }) {
  const t = useTranslations("Glossary");
  const action = useGlossaryAction();
  const id = useId();
  if (candidates.length === 0) return <p className="text-sm text-muted">{t("mergeNone")}</p>;

  function merge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mergeId = String(new FormData(event.currentTarget).get("mergeId") ?? "");
    if (mergeId) void action.send("/api/glossary/merge", "POST", { keepId, mergeId });
  }

  return (
    <form onSubmit={merge} data-testid="merge-form" className="space-y-2">
      <p id={`${id}-hint`} className="text-sm text-muted">{t("mergeHint")}</p>
      <div className="flex flex-wrap gap-2">
        <label htmlFor={`${id}-select`} className="sr-only">{t("mergeLabel")}</label>
        <select id={`${id}-select`} name="mergeId" required defaultValue="" aria-describedby={`${id}-hint`} className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm">
          <option value="" disabled>{t("mergeChoose")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>{c.target && c.target !== c.source ? `${c.source} — ${c.target}` : c.source}</option>
          ))}
        </select>
        <button type="submit" disabled={action.pending} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium shadow-sm hover:bg-sunken disabled:opacity-60">
          {t("merge")}
        </button>
      </div>
      <ActionStatus state={action} />
    </form>
  );
}

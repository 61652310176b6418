"use client";
// Translation-memory suggestions for the sentence in focus: up to three similar
// sentences a person already corrected, or units of an imported memory (named as such:
// no person here reviewed them), with the words that differ from this one marked.
import { useTranslations } from "next-intl";
import type { FuzzySuggestion } from "@/lib/segments/types";
import { DiffText } from "./diff-text";
import { Button } from "./conflict-panel";
import { importedFileName } from "./imported-origin";

type Props = { source: string; suggestions: FuzzySuggestion[] | null; onInsert: (text: string) => void };

export function SuggestionsPanel({ source, suggestions, onInsert }: Props) {
  const t = useTranslations("Editor");
  return (
    <section aria-labelledby="suggestions-title" data-testid="suggestions" className="space-y-2 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <h2 id="suggestions-title" className="font-semibold">{t("suggestionsTitle")}</h2>
      {suggestions !== null && suggestions.length === 0 && <p className="text-sm text-muted">{t("suggestionsEmpty")}</p>}
      <ol className="space-y-2">
        {(suggestions ?? []).map((s, i) => (
          <li key={s.segmentId ?? `unit-${s.unitId}`} data-testid="suggestion" className="space-y-1 rounded-md border border-line p-2 text-sm">
            <p className="text-xs font-medium text-accent">{t("similarity", { percent: s.percent })}</p>
            {s.origin !== null && (
              <p data-testid="suggestion-origin" className="text-xs text-muted">{t("importedFrom", { file: importedFileName(s.origin) ?? s.origin })}</p>
            )}
            <p className="text-muted">
              <DiffText before={source} after={s.source} lang="id" />
            </p>
            <p lang="en">{s.target}</p>
            <Button onClick={() => onInsert(s.target)}>{t("insertSuggestion", { number: i + 1 })}</Button>
          </li>
        ))}
      </ol>
    </section>
  );
}

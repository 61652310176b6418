"use client";
// Top of the editor: the way back, the review progress, the status filter, the
// whole-document retranslation and the keyboard help.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/documents/types";
import type { EditorRow } from "./use-editor-rows";
import { Button } from "./conflict-panel";
import { Meter } from "../ui/meter";
import { segmentHash } from "../reader/use-hash-target";
import { isAlignedPair } from "./boundary-moves";

export type StatusFilter = SegmentStatus | "all";

type Props = {
  documentId: string;
  /** The sentence being edited: "Back to the reader" opens the reader there. */
  returnTo: string | null;
  title: string;
  rows: readonly EditorRow[];
  filter: StatusFilter;
  onFilter: (filter: StatusFilter) => void;
  onRetranslate: () => void;
};

export function EditorToolbar({ documentId, returnTo, title, rows, filter, onFilter, onRetranslate }: Props) {
  const t = useTranslations("Editor");
  const total = rows.length;
  const reviewed = rows.filter((r) => r.segment.status === "edited" || r.segment.status === "approved").length;
  const counts = new Map<StatusFilter, number>([["all", total]]);
  for (const r of rows) counts.set(r.segment.status, (counts.get(r.segment.status) ?? 0) + 1);
  return (
    <header className="space-y-4">
      <Link href={`/documents/${encodeURIComponent(documentId)}${returnTo ? segmentHash(returnTo) : ""}`} data-testid="back-to-reader" className="inline-flex items-center gap-1 text-sm text-muted no-underline hover:text-ink">
        <span aria-hidden="true">←</span> {t("backToReader")}
      </Link>
      <div className="space-y-1">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{t("heading")}</p>
        <h1 lang="id" className="max-w-4xl font-serif text-3xl font-semibold leading-tight tracking-tight">{title}</h1>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Meter
          testId="review-progress"
          label={t("progressLabel")}
          valueText={t("reviewed", { reviewed, total })}
          value={reviewed}
          max={total}
          className="w-full max-w-md"
        />
        <div className="ms-auto">
          <Button onClick={onRetranslate} testId="retranslate-document">{t("retranslateDocument")}</Button>
        </div>
      </div>
      <div role="radiogroup" aria-label={t("filterLabel")} className="flex flex-wrap gap-1 rounded-lg border border-line bg-sunken p-0.5 text-sm">
        {(["all", ...SEGMENT_STATUSES] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={filter === value}
            data-testid={`filter-${value}`}
            onClick={() => onFilter(value)}
            className="rounded-md px-3 py-1 font-medium text-muted hover:text-ink aria-checked:bg-surface aria-checked:text-ink aria-checked:shadow-sm"
          >
            {value === "all" ? t("filterAll") : t(`status.${value}`)} <span className="tabular-nums">({counts.get(value) ?? 0})</span>
          </button>
        ))}
      </div>
      <p className="keyboard-only text-xs text-muted">
        <span className="font-medium">{t("shortcutsTitle")}:</span> {t("shortcuts")}
      </p>
      {rows.some((r) => isAlignedPair(r.segment)) && <p className="keyboard-only text-xs text-muted" data-testid="shortcuts-aligned">{t("shortcutsAligned")}</p>}
    </header>
  );
}

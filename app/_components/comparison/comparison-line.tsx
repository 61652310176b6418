"use client";
// Under a published English sentence, quietly: the machine's translation of the same
// Indonesian, labelled with its engine (a draft engine's as a draft), so a learner sees
// where the machine and the human translator differ. Nothing here is the pair's text.
import { useTranslations } from "next-intl";
import { useComparisonDrafts } from "./comparison-context";

export function ComparisonLine({ segmentId }: { segmentId: string }) {
  const t = useTranslations("Comparison");
  const drafts = useComparisonDrafts();
  if (drafts === null) return null;
  const draft = drafts.get(segmentId);
  if (!draft) return null;
  const isDraft = draft.engine.startsWith("draft:");
  return (
    <span data-testid="comparison-draft" data-segment-id={segmentId} data-engine={draft.engine} className="comparison-draft mt-1 block text-[0.85em] leading-snug text-muted">
      <span className={`me-1.5 text-xs font-medium ${isDraft ? "text-draft" : ""}`}>
        {isDraft ? t("draftLabel", { engine: draft.engine }) : t("machineLabel", { engine: draft.engine })}
        {draft.stale ? ` · ${t("stale")}` : ""}
        <span className="sr-only">:</span>
      </span>
      <span lang="en">{draft.target}</span>
    </span>
  );
}

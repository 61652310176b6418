"use client";
// One sentence pair in the editor: the Indonesian, the editable English, its status,
// and — for the pair in focus — the actions. Notices (draft offer, failed save, conflict)
// appear under the field so the text never moves out of reach.
import { memo, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { MAX_TARGET_CHARS } from "@/lib/segments/limits";
import type { HumanStatus } from "@/lib/segments/types";
import { isDirty, type EditorRow } from "./use-editor-rows";
import { targetFieldId } from "./editor-keys";
import { StatusChip } from "./status-chip";
import { importedFileName } from "./imported-origin";
import { GlossaryHints } from "./glossary-hints";
import { Button, ConflictPanel } from "./conflict-panel";
import { SplitPanel } from "./split-panel";
import { isAlignedPair } from "./boundary-moves";
import { RetryTranslationButton } from "../ui/retry-translation-button";

export type RowActions = {
  focus: () => void;
  change: (text: string) => void;
  keyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  save: (status?: HumanStatus) => void;
  history: () => void;
  split: (sourceAt: number, targetAt: number) => void;
  toggleSplit: (open: boolean) => void;
  merge: () => void;
  retranslate: () => void;
  /** Published-translation pairs: move the English boundary with the next pair. */
  joinEnglish: () => void;
  splitEnglish: () => void;
  resolve: (choice: { keep: string } | "theirs") => void;
  restoreDraft: () => void;
  discardDraft: () => void;
};

type Props = {
  row: EditorRow;
  number: number;
  active: boolean;
  hasNext: boolean;
  splitting: boolean;
  actions: RowActions;
  /** The last reason when the machine translation failed every attempt. */
  translationFailure?: string | null;
  onRetried?: () => Promise<void>;
};

/** Memoised: a keystroke re-renders its own row only (rows keep their object until patched, actions are stable). */
export const SegmentRow = memo(function SegmentRow({ row, number, active, hasNext, splitting, actions, translationFailure, onRetried }: Props) {
  const t = useTranslations("Editor");
  const tRetry = useTranslations("TranslationRetry");
  const { segment } = row;
  const dirty = isDirty(row);
  return (
    <li
      id={`segment-${segment.id}`}
      data-testid="segment-row"
      data-segment-id={segment.id}
      data-status={segment.status}
      data-active={active ? "true" : undefined}
      className={`grid gap-3 rounded-xl border p-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_6.5rem] ${active ? "border-accent/60 bg-surface shadow-sm" : "border-line bg-surface/60"}`}
    >
      <div>
        <p lang="id" id={`source-${segment.id}`} className={`whitespace-pre-wrap ${segment.kind === "title" ? "font-serif text-lg font-semibold" : ""}`}>
          <span className="me-2 text-xs tabular-nums text-muted" aria-label={t("sourceLabel", { number })}>{number}</span>
          {segment.source}
        </p>
        <GlossaryHints segment={segment} />
      </div>
      <div>
        <textarea
          id={targetFieldId(segment.id)}
          data-testid="target-field"
          lang="en"
          value={row.text}
          maxLength={MAX_TARGET_CHARS}
          placeholder={segment.status === "pending" ? t("pending") : undefined}
          aria-label={t("targetLabel", { number })}
          aria-describedby={`source-${segment.id}`}
          onFocus={actions.focus}
          onChange={(e) => actions.change(e.target.value)}
          onKeyDown={actions.keyDown}
          rows={2}
          className="block min-h-[3.25rem] w-full resize-y rounded-md border border-line bg-paper p-2 [field-sizing:content] focus:border-accent"
        />
        {row.offeredDraft && (
          <div role="status" data-testid="draft-offer" className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-lit px-2 py-1.5 text-sm">
            <span>{t("draftOffer")}</span>
            <Button onClick={actions.restoreDraft} primary>{t("draftRestore")}</Button>
            <Button onClick={actions.discardDraft}>{t("draftDiscard")}</Button>
          </div>
        )}
        {translationFailure != null && (
          <div role="alert" data-testid="translation-failed" className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-danger-soft px-2 py-1.5 text-sm text-danger">
            <span>{tRetry("editorNotice", { reason: translationFailure })}</span>
            <RetryTranslationButton segmentId={segment.id} onRetried={onRetried ?? (() => {})} />
          </div>
        )}
        {row.failure && (
          <p role="alert" data-testid="save-failed" className="mt-2 rounded-md bg-danger-soft px-2 py-1.5 text-sm text-danger">
            {row.failure.code === "network" ? t("notSavedOffline") : t("notSaved")}
          </p>
        )}
        {row.conflict && <ConflictPanel mine={row.text} current={row.conflict} onResolve={actions.resolve} />}
        {active && (
          <div className="mt-2 flex flex-wrap gap-1.5" data-testid="row-actions">
            <Button onClick={() => actions.save()} disabled={row.busy || !dirty} testId="save">{t("save")}</Button>
            <Button onClick={() => actions.save("approved")} disabled={row.busy || segment.status === "approved" && !dirty} testId="approve">{t("approve")}</Button>
            <Button onClick={actions.history} testId="open-history">{t("history")}</Button>
            <Button onClick={() => actions.toggleSplit(!splitting)} disabled={dirty} testId="split">{t("split")}</Button>
            {hasNext && <Button onClick={actions.merge} disabled={dirty} testId="merge">{t("merge")}</Button>}
            <Button onClick={actions.retranslate} disabled={dirty || segment.status === "pending"} testId="retranslate">{t("retranslate")}</Button>
            {hasNext && isAlignedPair(segment) && (
              <>
                <Button onClick={actions.joinEnglish} disabled={dirty} testId="join-english" keyShortcuts="Alt+Shift+ArrowDown">{t("joinEnglish")}</Button>
                <Button onClick={actions.splitEnglish} disabled={dirty} testId="split-english" keyShortcuts="Alt+Shift+Enter">{t("splitEnglish")}</Button>
              </>
            )}
          </div>
        )}
        {splitting && (
          <SplitPanel source={segment.source} target={segment.target ?? ""} onSplit={actions.split} onCancel={() => actions.toggleSplit(false)} />
        )}
      </div>
      <div className="flex flex-col items-start gap-2 text-xs">
        {/* During a conflict the chip describes the text that is saved now, shown in the panel. */}
        <StatusChip status={row.conflict?.status ?? segment.status} />
        {!row.conflict && importedFileName(segment.engine) !== null && (
          <span data-testid="imported-origin" className="break-all text-muted">{t("importedFrom", { file: importedFileName(segment.engine) ?? "" })}</span>
        )}
        <span aria-live="polite" className="text-muted" data-testid="save-state">
          {row.busy ? t("saving") : dirty ? t("unsaved") : row.lastSaved ? t("saved") : ""}
        </span>
      </div>
    </li>
  );
});

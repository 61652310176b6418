import { useTranslations } from "next-intl";
import type { SegmentView } from "@/lib/documents/types";
import { EntityText } from "../glossary/entity-text";
import { useDocumentEntities } from "../glossary/entities-context";
import { SentenceMarks } from "./sentence-marks";

export type Side = "source" | "target";

export const DRAFT_NOTICE_ID = "draft-notice";

/** Below this, an aligned pair is marked, quietly, as worth a second look. */
const LOW_CONFIDENCE = 0.35;

/** An aligned pair with nothing on this side: the other text has a sentence this one lacks. */
function isGap(segment: SegmentView, side: Side): boolean {
  return segment.status === "reference" && (side === "target" ? segment.target === null : segment.source === "");
}

export function isDraft(segment: SegmentView): boolean {
  return segment.status === "machine" && (segment.engine?.startsWith("draft:") ?? false);
}

/** Each half of a pair points at the other, so assistive tech reads the translation alongside. */
export function sentenceElementId(side: Side, segmentId: string): string {
  return `${side === "source" ? "src" : "tgt"}-${segmentId}`;
}

export type SentenceState = {
  lit: boolean;
  pinned?: boolean;
  /** The one sentence Tab lands on (roving tabindex); j/k and the arrows move it. */
  tabbable?: boolean;
  /** Learning mode: the Indonesian sentence is a toggle for its hidden English. */
  toggle?: { expanded: boolean };
};

export function Sentence({ segment, side, state }: { segment: SegmentView; side: Side; state: SentenceState }) {
  const t = useTranslations("Reader");
  const entities = useDocumentEntities();
  const gap = isGap(segment, side);
  const pending = !gap && side === "target" && segment.target === null;
  const uncertain = !gap && segment.status === "reference" && side === "target" && (segment.alignConfidence ?? 1) < LOW_CONFIDENCE;
  const draft = side === "target" && isDraft(segment);
  const other = sentenceElementId(side === "source" ? "target" : "source", segment.id);
  // A hidden English sentence must not be read out before the learner asks for it.
  const pairVisible = !state.toggle || state.toggle.expanded;
  const describedBy = [pairVisible ? other : null, draft ? DRAFT_NOTICE_ID : null].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <span
        id={sentenceElementId(side, segment.id)}
        tabIndex={state.tabbable ? 0 : -1}
        role={state.toggle ? "button" : undefined}
        aria-expanded={state.toggle?.expanded}
        aria-controls={state.toggle ? other : undefined}
        data-testid={side === "source" ? "source-sentence" : "target-sentence"}
        data-segment-id={segment.id}
        data-highlighted={state.lit ? "true" : undefined}
        data-pinned={state.pinned ? "true" : undefined}
        data-status={side === "target" ? segment.status : undefined}
        data-draft={draft ? "true" : undefined}
        aria-describedby={describedBy}
        data-gap={gap ? "true" : undefined}
        data-uncertain={uncertain ? "true" : undefined}
        title={draft ? t("draftMark") : uncertain ? t("alignUncertain") : undefined}
        className={`sentence${gap ? " text-muted italic" : ""}${uncertain ? " underline decoration-dotted decoration-line underline-offset-4" : ""}`}
      >
        {gap ? (
          t("alignGap")
        ) : pending ? (
          t("pending")
        ) : state.toggle ? (
          // A learning-mode toggle is a button: glossary links inside it would nest controls.
          segment.source
        ) : (
          <EntityText
            text={side === "source" ? segment.source : (segment.target ?? "")}
            // Older API answers may lack the glossary fields.
            marks={(side === "source" ? segment.mentions : segment.targetMarks) ?? []}
            entities={entities}
          />
        )}
      </span>
      {side === "target" && <SentenceMarks segment={segment} />}
    </>
  );
}

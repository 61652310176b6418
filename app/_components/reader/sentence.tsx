import { useTranslations } from "next-intl";
import type { SegmentView } from "@/lib/documents/types";

export type Side = "source" | "target";

export const DRAFT_NOTICE_ID = "draft-notice";

export function isDraft(segment: SegmentView): boolean {
  return segment.status === "machine" && (segment.engine?.startsWith("draft:") ?? false);
}

/** Each half of a pair points at the other, so assistive tech reads the translation alongside. */
export function sentenceElementId(side: Side, segmentId: string): string {
  return `${side === "source" ? "src" : "tgt"}-${segmentId}`;
}

export function Sentence({ segment, side, lit }: { segment: SegmentView; side: Side; lit: boolean }) {
  const t = useTranslations("Reader");
  const pending = side === "target" && segment.target === null;
  const draft = side === "target" && isDraft(segment);
  const other = sentenceElementId(side === "source" ? "target" : "source", segment.id);
  return (
    <span
      id={sentenceElementId(side, segment.id)}
      tabIndex={0}
      data-testid={side === "source" ? "source-sentence" : "target-sentence"}
      data-segment-id={segment.id}
      data-highlighted={lit ? "true" : undefined}
      data-status={side === "target" ? segment.status : undefined}
      data-draft={draft ? "true" : undefined}
      aria-describedby={draft ? `${other} ${DRAFT_NOTICE_ID}` : other}
      title={draft ? t("draftMark") : undefined}
      className="sentence"
    >
      {side === "source" ? segment.source : pending ? t("pending") : segment.target}
    </span>
  );
}

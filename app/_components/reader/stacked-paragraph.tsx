import { memo } from "react";
import type { ParagraphView } from "@/lib/documents/types";
import { Sentence } from "./sentence";
import { ComparisonLine } from "../comparison/comparison-line";
import { sentenceState, type RowState } from "./row-state";

type Props = { paragraph: ParagraphView; learning: boolean } & RowState;

/**
 * Interlinear and learning modes: each Indonesian sentence with its English under it.
 * In learning mode the English stays hidden until the learner reveals it.
 */
export const StackedParagraph = memo(function StackedParagraph({ paragraph, learning, ...row }: Props) {
  const revealed = new Set(row.revealedKey.split(" "));
  return (
    <div data-paragraph-index={paragraph.index} className="paragraph-stack space-y-3 border-b border-line/70 py-5 last:border-b-0">
      {paragraph.segments.map((segment) => {
        const shown = !learning || revealed.has(segment.id);
        const source = sentenceState(row, segment.id, "source");
        return (
          <div key={segment.id} data-pair={segment.id} className="pair">
            <p lang="id" className="reading-text text-ink">
              <Sentence segment={segment} side="source" state={learning ? { ...source, toggle: { expanded: shown } } : source} />
            </p>
            <p lang="en" hidden={!shown} data-reveal-target={learning ? "true" : undefined} className="reading-gloss mt-0.5 border-s-2 border-accent/30 ps-3 text-ink/80">
              <Sentence segment={segment} side="target" state={sentenceState(row, segment.id, "target")} />
              <ComparisonLine segmentId={segment.id} />
            </p>
          </div>
        );
      })}
    </div>
  );
});

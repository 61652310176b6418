import { memo, type ReactNode } from "react";
import type { ParagraphView } from "@/lib/documents/types";
import { Sentence, type Side } from "./sentence";
import { ComparisonLine } from "../comparison/comparison-line";
import { sentenceState, type RowState } from "./row-state";

type Props = { paragraph: ParagraphView } & RowState;

/**
 * Side by side: one paragraph as one grid row, Indonesian left, English right, so the
 * columns never drift apart whatever their lengths. Memoised: lighting a pair
 * re-renders only the rows it touches.
 */
export const ParagraphRow = memo(function ParagraphRow({ paragraph, ...row }: Props) {
  return (
    <div data-paragraph-index={paragraph.index} className="paragraph-row grid gap-x-12 gap-y-2 border-b border-line/70 py-4 last:border-b-0 md:grid-cols-2">
      <Column side="source" paragraph={paragraph} row={row} />
      <Column side="target" paragraph={paragraph} row={row} />
    </div>
  );
});

function Column({ side, paragraph, row }: { side: Side; paragraph: ParagraphView; row: RowState }) {
  const sentences: ReactNode[] = [];
  paragraph.segments.forEach((segment, i) => {
    if (i > 0) sentences.push(" ");
    sentences.push(<Sentence key={segment.id} segment={segment} side={side} state={sentenceState(row, segment.id, side)} />);
    // Compare on: the machine's translation under each published sentence (nothing when off).
    if (side === "target") sentences.push(<ComparisonLine key={`compare-${segment.id}`} segmentId={segment.id} />);
  });
  return (
    <p
      lang={side === "source" ? "id" : "en"}
      className={
        side === "source"
          ? "reading-text text-ink"
          : "reading-text border-s-2 border-accent/25 ps-4 text-ink/90 md:border-s-0 md:ps-0"
      }
    >
      {sentences}
    </p>
  );
}

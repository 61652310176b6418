import { memo, type ReactNode } from "react";
import type { ParagraphView } from "@/lib/documents/types";
import { Sentence, type Side } from "./sentence";

type Props = { paragraph: ParagraphView; litId: string | null };

/**
 * One paragraph as one grid row: Indonesian left, English right, so the columns can
 * never drift apart. Memoised: lighting a pair re-renders only the rows it touches.
 */
export const ParagraphRow = memo(function ParagraphRow({ paragraph, litId }: Props) {
  return (
    <div data-paragraph-index={paragraph.index} className="grid gap-x-12 gap-y-2 border-b border-line/70 py-4 last:border-b-0 md:grid-cols-2">
      <Column side="source" paragraph={paragraph} litId={litId} />
      <Column side="target" paragraph={paragraph} litId={litId} />
    </div>
  );
});

function Column({ side, paragraph, litId }: Props & { side: Side }) {
  const sentences: ReactNode[] = [];
  paragraph.segments.forEach((segment, i) => {
    if (i > 0) sentences.push(" ");
    sentences.push(<Sentence key={segment.id} segment={segment} side={side} lit={segment.id === litId} />);
  });
  return (
    <p
      lang={side === "source" ? "id" : "en"}
      className={
        side === "source"
          ? "font-serif text-[1.075rem] leading-8 text-ink"
          : "border-s-2 border-accent/25 ps-4 font-serif text-[1.075rem] leading-8 text-ink/90 md:border-s-0 md:ps-0"
      }
    >
      {sentences}
    </p>
  );
}

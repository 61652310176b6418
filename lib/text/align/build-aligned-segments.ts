// From two sides' paragraphs of sentences to the rows the reader stores: one row per aligned
// pair, in order, each on the paragraph of its first Indonesian sentence (an English-only pair
// takes the paragraph of the pair before it, so it sits where it appears in the English).
import { alignSentences } from "./align-sentences";
import type { AlignDictionary } from "./anchors";

export type AlignedRow = { paragraphIndex: number; source: string; target: string | null; confidence: number };

/** Paragraph indices are those of `source`, counted from `firstParagraph`. */
export function buildAlignedRows(source: readonly (readonly string[])[], target: readonly (readonly string[])[], dictionary: AlignDictionary, firstParagraph = 0): AlignedRow[] {
  const paragraphOf: number[] = source.flatMap((paragraph, p) => paragraph.map(() => firstParagraph + p));
  const sourceSentences = source.flat();
  const targetSentences = target.flat();
  let paragraph = firstParagraph;
  return alignSentences(source, target, dictionary).map((pair) => {
    const first = pair.source[0];
    if (first !== undefined) paragraph = paragraphOf[first] ?? paragraph;
    return {
      paragraphIndex: paragraph,
      source: pair.source.map((i) => sourceSentences[i]).join(" "),
      target: pair.target.length === 0 ? null : pair.target.map((j) => targetSentences[j]).join(" "),
      confidence: pair.confidence,
    };
  });
}

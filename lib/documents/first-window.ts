// The part of a long article the server renders: the title and the first window of body
// paragraphs. The browser fetches the rest as JSON after the first paint, so the page's
// HTML stays small however long the article is. Figures the header shows for the whole
// article travel beside it in the outline, counted from aggregate rows (one per
// paragraph, kind and status) rather than from every segment.
import type { SegmentCounts } from "./count-segments";
import type { Progress, SegmentKind, SegmentStatus } from "./types";

export type DocumentOutline = { counts: SegmentCounts; draftCount: number };

/** How many segments of one paragraph have one kind and status (a GROUP BY row). */
export type ParagraphTally = { index: number; kind: SegmentKind; status: SegmentStatus; count: number };

/**
 * The paragraph index the first window stops before, or null when the whole article fits.
 * Paragraphs are taken in order until the next would bring the body sentences over
 * `budget`; the first paragraph with body sentences is always taken, however long.
 */
export function firstWindowCut(tallies: readonly ParagraphTally[], budget: number): number | null {
  const body = new Map<number, number>();
  for (const t of tallies) body.set(t.index, (body.get(t.index) ?? 0) + (t.kind === "body" ? t.count : 0));
  let taken = 0;
  for (const [index, sentences] of [...body.entries()].sort(([a], [b]) => a - b)) {
    if (taken > 0 && taken + sentences > budget) return index;
    taken += sentences;
  }
  return null;
}

/** The whole article's figures (the same as countSegments over every paragraph) from its tallies. */
export function outlineOf(tallies: readonly ParagraphTally[], draftCount: number): DocumentOutline & { progress: Progress } {
  const sum = (keep: (t: ParagraphTally) => boolean) => tallies.reduce((n, t) => n + (keep(t) ? t.count : 0), 0);
  const sentences = sum(() => true);
  const counts: SegmentCounts = {
    // The title is not a paragraph of the text.
    paragraphs: new Set(tallies.filter((t) => t.kind === "body" && t.count > 0).map((t) => t.index)).size,
    sentences,
    withTitle: tallies.some((t) => t.kind === "title" && t.count > 0),
    edited: sum((t) => t.status === "edited"),
    approved: sum((t) => t.status === "approved"),
  };
  return { counts, draftCount, progress: { translated: sentences - sum((t) => t.status === "pending"), total: sentences } };
}

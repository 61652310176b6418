// The figures an article's header shows. Every figure counts the same sentences as the
// progress bar, the library and the editor: all segments, the title included (when the
// article has one), so "20 sentences" never sits next to "20/20" meaning something else.
import type { ParagraphView, SegmentStatus } from "./types";

export type SegmentCounts = { paragraphs: number; sentences: number; withTitle: boolean; edited: number; approved: number };

export function countSegments(paragraphs: readonly Pick<ParagraphView, "segments">[]): SegmentCounts {
  const segments = paragraphs.flatMap((p) => p.segments);
  const count = (status: SegmentStatus) => segments.filter((s) => s.status === status).length;
  return {
    // The title is not a paragraph of the text.
    paragraphs: paragraphs.filter((p) => p.segments.some((s) => s.kind === "body")).length,
    sentences: segments.length,
    withTitle: segments.some((s) => s.kind === "title"),
    edited: count("edited"),
    approved: count("approved"),
  };
}

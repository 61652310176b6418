import { describe, expect, it } from "vitest";
import { countSegments } from "./count-segments";
import type { SegmentKind, SegmentStatus } from "./types";

const segment = (kind: SegmentKind, status: SegmentStatus = "machine") => ({ kind, status });
const paragraph = (...segments: ReturnType<typeof segment>[]) => ({ segments }) as never;

describe("countSegments", () => {
  it("counts the title among the sentences, like the progress bar, and says so", () => {
    const counts = countSegments([
      paragraph(segment("title", "edited")),
      paragraph(segment("body", "approved"), segment("body")),
      paragraph(segment("body")),
    ]);
    expect(counts).toEqual({ paragraphs: 2, sentences: 4, withTitle: true, edited: 1, approved: 1 });
  });

  it("an article without a title segment", () => {
    expect(countSegments([paragraph(segment("body"))])).toEqual({ paragraphs: 1, sentences: 1, withTitle: false, edited: 0, approved: 0 });
  });
});

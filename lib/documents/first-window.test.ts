import { describe, expect, it } from "vitest";
import { firstWindowOf } from "./first-window";
import type { DocumentView, SegmentView } from "./types";

const segment = (id: string, kind: "title" | "body", status: SegmentView["status"] = "machine", engine = "opus"): SegmentView => ({
  id, index: 0, kind, source: id, target: id, status, engine, version: 1, mentions: [], targetMarks: [], flags: [],
});

function documentOf(paragraphSizes: number[]): DocumentView {
  const paragraphs = [{ index: 0, segments: [segment("t", "title")] }, ...paragraphSizes.map((n, p) => ({ index: p + 1, segments: Array.from({ length: n }, (_, i) => segment(`p${p}s${i}`, "body", i === 0 ? "edited" : "machine", i === 1 ? "draft:lexicon" : "opus")) }))];
  return { paragraphs } as unknown as DocumentView;
}

describe("firstWindowOf", () => {
  it.each([
    { sizes: [3, 3], budget: 10, kept: 3, outline: false },
    { sizes: [3, 3, 3, 3], budget: 7, kept: 3, outline: true },
    // A first paragraph over the budget is still shown whole.
    { sizes: [20, 3], budget: 7, kept: 2, outline: true },
  ])("$sizes within $budget keeps $kept paragraphs", ({ sizes, budget, kept, outline }) => {
    const { view, outline: summary } = firstWindowOf(documentOf(sizes), budget);
    expect(view.paragraphs).toHaveLength(kept);
    expect(summary !== null).toBe(outline);
  });

  it("counts the whole article in the outline", () => {
    const { outline } = firstWindowOf(documentOf([3, 3, 3, 3]), 3);
    expect(outline?.counts).toMatchObject({ paragraphs: 4, sentences: 13, edited: 4 });
    expect(outline?.draftCount).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import { firstWindowCut, outlineOf, type ParagraphTally } from "./first-window";

// A title paragraph (index 0), then body paragraphs of the given sizes; in each, the
// first sentence is edited and the rest machine-translated.
function talliesOf(paragraphSizes: number[]): ParagraphTally[] {
  const title: ParagraphTally = { index: 0, kind: "title", status: "machine", count: 1 };
  return [
    title,
    ...paragraphSizes.flatMap((n, p): ParagraphTally[] => [
      { index: p + 1, kind: "body", status: "edited", count: 1 },
      ...(n > 1 ? [{ index: p + 1, kind: "body" as const, status: "machine" as const, count: n - 1 }] : []),
    ]),
  ];
}

describe("firstWindowCut", () => {
  it.each([
    { sizes: [3, 3], budget: 10, cut: null },
    { sizes: [3, 3, 3, 3], budget: 7, cut: 3 },
    // A first paragraph over the budget is still shown whole.
    { sizes: [20, 3], budget: 7, cut: 2 },
    { sizes: [], budget: 7, cut: null },
  ])("$sizes within $budget stops before paragraph $cut", ({ sizes, budget, cut }) => {
    expect(firstWindowCut(talliesOf(sizes), budget)).toBe(cut);
  });

  it("orders paragraphs by index, whatever the order of the rows", () => {
    expect(firstWindowCut([...talliesOf([3, 3, 3])].reverse(), 4)).toBe(2);
  });
});

describe("outlineOf", () => {
  it("counts the whole article, the title among the sentences", () => {
    const tallies = [...talliesOf([3, 3, 3, 3]), { index: 5, kind: "body", status: "pending", count: 2 } as const];
    expect(outlineOf(tallies, 4)).toEqual({
      counts: { paragraphs: 5, sentences: 15, withTitle: true, edited: 4, approved: 0 },
      draftCount: 4,
      progress: { translated: 13, total: 15 },
    });
  });
});

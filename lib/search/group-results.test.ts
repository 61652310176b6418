import { describe, expect, it } from "vitest";
import { groupByDocument, type SearchRow } from "./group-results";
import { MATCH_CLOSE as C, MATCH_OPEN as O } from "./highlight-parts";

function row(documentId: string, position: number, source = `${O}x${C}`): SearchRow {
  return {
    segmentId: `${documentId}-${position}`,
    documentId,
    position,
    status: "machine",
    source,
    target: null,
    title: `Title ${documentId}`,
    sourceName: null,
    documentStatus: "ready",
  };
}

describe("groupByDocument", () => {
  it.each([
    ["no rows", [], 3, []],
    ["one document keeps article order", [row("a", 5), row("a", 1)], 3, [["a", 2, [1, 5]]]],
    ["documents follow their best-ranked row", [row("b", 0), row("a", 2), row("b", 3)], 3, [["b", 2, [0, 3]], ["a", 1, [2]]]],
    ["hits are cut but counted", [row("a", 9), row("a", 1), row("a", 4)], 2, [["a", 3, [1, 9]]]],
  ] as const)("%s", (_label, rows, perDocument, expected) => {
    const groups = groupByDocument(rows, perDocument);
    expect(groups.map((g) => [g.documentId, g.matchCount, g.hits.map((h) => h.position)])).toEqual(expected);
  });

  it("splits the marked text into parts and keeps a missing translation as null", () => {
    const [group] = groupByDocument([row("a", 0, `Banjir ${O}Jakarta${C}`)], 3);
    expect(group?.hits[0]?.source).toEqual([
      { text: "Banjir ", match: false },
      { text: "Jakarta", match: true },
    ]);
    expect(group?.hits[0]?.target).toBeNull();
  });
});

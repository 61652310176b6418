import { describe, expect, it } from "vitest";
import { paragraphTexts, parseGold, scoreBoundaries } from "./gold-score";

describe("parseGold", () => {
  it.each([
    { name: "empty", text: "", expected: { title: null, dateline: null, sourceName: null, paragraphs: [] } },
    {
      name: "metadata, sentences and paragraphs",
      text: "#title: Judul\n#dateline: ISTANBUL\n#source: \nA.\nB.\n\n\nC.\n",
      expected: { title: "Judul", dateline: "ISTANBUL", sourceName: null, paragraphs: [["A.", "B."], ["C."]] },
    },
    { name: "CRLF", text: "A.\r\n\r\nB.", expected: { title: null, dateline: null, sourceName: null, paragraphs: [["A."], ["B."]] } },
  ])("$name", ({ text, expected }) => {
    expect(parseGold(text)).toEqual(expected);
  });
});

describe("scoreBoundaries", () => {
  const gold = [["Satu.", "Dua."], ["Tiga.", "Empat.", "Lima."]];
  it.each([
    { name: "perfect", actual: gold, precision: 1, recall: 1 },
    { name: "one boundary missed", actual: [["Satu.", "Dua."], ["Tiga. Empat.", "Lima."]], precision: 1, recall: 2 / 3 },
    { name: "one extra boundary", actual: [["Sa", "tu.", "Dua."], ["Tiga.", "Empat.", "Lima."]], precision: 3 / 4, recall: 1 },
    { name: "spacing is ignored", actual: [["Satu. ", " Dua."], ["Tiga.", "Empat.", "Lima."]], precision: 1, recall: 1 },
    { name: "nothing found", actual: [["Satu. Dua."], ["Tiga. Empat. Lima."]], precision: 1, recall: 0 },
  ])("$name", ({ actual, precision, recall }) => {
    const score = scoreBoundaries(gold, actual);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });

  it("paragraph ends are not scored", () => {
    expect(scoreBoundaries([["A."], ["B."]], [["A."], ["B."]])).toMatchObject({ expected: 0, found: 0, precision: 1, recall: 1 });
  });
});

describe("paragraphTexts", () => {
  it("drops whitespace and sentence breaks", () => {
    expect(paragraphTexts([["A b.", "C."], ["D"]])).toEqual(["Ab.C.", "D"]);
  });
});

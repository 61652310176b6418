import { describe, expect, it } from "vitest";
import { buildAlignDictionary } from "./anchors";
import { buildAlignedRows } from "./build-aligned-segments";

const dictionary = buildAlignDictionary([["hujan", "rain"], ["sekolah", "school"], ["ditutup", "closed"]]);

describe("buildAlignedRows", () => {
  it("keeps one-sided pairs as rows, on the right paragraph", () => {
    const rows = buildAlignedRows([["Hujan turun sejak Senin."], ["Sekolah ditutup selama 3 hari."]], [["Rain has fallen since Monday."], ["A note from the editors about this story and its many sources.", "Schools were closed for 3 days."]], dictionary, 1);
    expect(rows.map((r) => [r.paragraphIndex, r.source, r.target])).toEqual([
      [1, "Hujan turun sejak Senin.", "Rain has fallen since Monday."],
      [1, "", "A note from the editors about this story and its many sources."],
      [2, "Sekolah ditutup selama 3 hari.", "Schools were closed for 3 days."],
    ]);
    expect(rows[1]?.confidence).toBe(0);
  });
  it("an Indonesian sentence without English gets no target", () => {
    const rows = buildAlignedRows([["Hujan turun."]], [], dictionary);
    expect(rows).toEqual([{ paragraphIndex: 0, source: "Hujan turun.", target: null, confidence: 0 }]);
  });
});

import { describe, expect, it } from "vitest";
import { markRuns } from "./mark-runs";

const m = (start: number, end: number, id = `${start}`) => ({ start, end, id });
const show = (text: string, marks: ReturnType<typeof m>[]) => markRuns(text, marks).map((r) => (r.mark ? `[${r.text}]` : r.text)).join("|");

describe("markRuns", () => {
  it.each([
    ["no marks", "Putin tiba.", [], "Putin tiba."],
    ["one at the start", "Putin tiba.", [m(0, 5)], "[Putin]| tiba."],
    ["one at the end", "Tiba di Moskow", [m(8, 14)], "Tiba di |[Moskow]"],
    ["two, given out of order", "Rusia dan Korut", [m(10, 15), m(0, 5)], "[Rusia]| dan |[Korut]"],
    ["overlap keeps the first, longest", "Korea Utara", [m(0, 5), m(0, 11)], "[Korea Utara]"],
    ["out of range is skipped", "Putin", [m(3, 40)], "Putin"],
    ["empty span is skipped", "Putin", [m(2, 2)], "Putin"],
    ["whole text", "Kursk", [m(0, 5)], "[Kursk]"],
    ["empty text", "", [m(0, 1)], ""],
  ])("%s", (_, text, marks, expected) => {
    expect(show(text, marks)).toBe(expected);
    expect(markRuns(text, marks).map((r) => r.text).join("")).toBe(text);
  });
});

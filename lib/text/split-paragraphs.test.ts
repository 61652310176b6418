import { describe, expect, it } from "vitest";
import { splitParagraphLines, splitParagraphs } from "./split-paragraphs";

const cases: { name: string; text: string; expected: string[] }[] = [
  { name: "empty text has no paragraphs", text: "", expected: [] },
  { name: "one line is one paragraph", text: "Satu kalimat.", expected: ["Satu kalimat."] },
  { name: "blank-line separated paragraphs", text: "A satu.\n\nB dua.", expected: ["A satu.", "B dua."] },
  { name: "without blank lines each line is a paragraph", text: "A satu.\nB dua.\nC tiga.", expected: ["A satu.", "B dua.", "C tiga."] },
  {
    name: "hard-wrapped lines inside a blank-line paragraph are joined with a space",
    text: "Baris satu\nbaris dua.\n\nParagraf kedua.",
    expected: ["Baris satu baris dua.", "Paragraf kedua."],
  },
  { name: "several blank lines count as one", text: "A.\n\n\n\nB.", expected: ["A.", "B."] },
  { name: "leading and trailing blank lines do not switch layout", text: "\n\nA.\nB.\n\n", expected: ["A.", "B."] },
  { name: "whitespace-only lines are blank", text: "A.\n   \nB.", expected: ["A.", "B."] },
  { name: "lines are trimmed", text: "  A.  \n  B.", expected: ["A.", "B."] },
];

describe("splitParagraphs", () => {
  it.each(cases)("$name", ({ text, expected }) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });
});

describe("splitParagraphLines", () => {
  it.each([
    { text: "A\nB\n\nC", expected: [["A", "B"], ["C"]] },
    { text: "A\nB\nC", expected: [["A"], ["B"], ["C"]] },
    { text: "", expected: [] },
  ])("$text", ({ text, expected }) => {
    expect(splitParagraphLines(text)).toEqual(expected);
  });
});

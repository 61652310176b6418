import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffSide, diffTokens, diffWords, type DiffPart, spacedDiff } from "./word-diff";

describe("diffTokens", () => {
  it.each([
    ["", []],
    ["The president", ["The", " ", "president"]],
    ["said, \"yes\".", ["said", ",", " ", "\"", "yes", "\"", "."]],
    ["well-known  Jakarta's", ["well-known", "  ", "Jakarta's"]],
    ["Rp 5.000", ["Rp", " ", "5", ".", "000"]],
  ])("splits %j", (text, tokens) => {
    expect(diffTokens(text)).toEqual(tokens);
  });
});

describe("diffWords", () => {
  const cases: [string, string, string, DiffPart[]][] = [
    ["identical", "a b c", "a b c", [{ kind: "same", text: "a b c" }]],
    ["both empty", "", "", []],
    ["all added", "", "new text", [{ kind: "added", text: "new text" }]],
    ["all removed", "old text", "", [{ kind: "removed", text: "old text" }]],
    [
      "one word replaced",
      "The mayor opened the library.",
      "The governor opened the library.",
      [
        { kind: "same", text: "The " },
        { kind: "removed", text: "mayor" },
        { kind: "added", text: "governor" },
        { kind: "same", text: " opened the library." },
      ],
    ],
    [
      "word inserted",
      "opened the library",
      "opened the new library",
      [
        { kind: "same", text: "opened the " },
        { kind: "added", text: "new " },
        { kind: "same", text: "library" },
      ],
    ],
    [
      "punctuation changed",
      "he said.",
      "he said!",
      [
        { kind: "same", text: "he said" },
        { kind: "removed", text: "." },
        { kind: "added", text: "!" },
      ],
    ],
  ];
  it.each(cases)("%s", (_name, before, after, parts) => {
    expect(diffWords(before, after)).toEqual(parts);
  });

  it("always rebuilds both texts exactly", () => {
    const word = fc.constantFrom("a", "b", "kata", "the", ",", ".", " ", "  ", "é");
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(diffSide(parts, "before")).toBe(before);
        expect(diffSide(parts, "after")).toBe(after);
      }),
    );
  });

  it("falls back to a coarse diff for huge texts without losing text", () => {
    const before = "x ".repeat(3000) + "end";
    const after = "y ".repeat(3000) + "end";
    const parts = diffWords(before, after);
    expect(diffSide(parts, "before")).toBe(before);
    expect(diffSide(parts, "after")).toBe(after);
  });
});

describe("spacedDiff", () => {
  it.each([
    ["a replaced word is spaced from its replacement", "No Matter of", "No Both this", ["No ", "-Matter", "+Both", " ", "-of", "+this"], [false, false, true, false, false, true]],
    ["inside a sentence", "in the house", "in a house", ["in ", "-the", "+a", " house"], [false, false, true, false]],
    ["an addition alone needs no space", "a house", "a big house", ["a ", "+big ", "house"], [false, false, false]],
  ])("%s", (_name, before, after, expected, spaces) => {
    const shown = spacedDiff(diffWords(before, after));
    expect(shown.map((p) => (p.kind === "same" ? p.text : `${p.kind === "added" ? "+" : "-"}${p.text}`))).toEqual(expected);
    expect(shown.map((p) => p.spaceBefore)).toEqual(spaces);
  });
});

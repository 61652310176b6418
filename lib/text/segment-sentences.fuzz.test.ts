// Arbitrary Unicode (any code point, lone surrogates, emoji sequences, RTL) through the
// sentence splitter, as it arrives after normalisation: no crash, no character lost,
// nothing reordered. The property test beside it stresses the rules; this one the alphabet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { splitParagraphs } from "./split-paragraphs";
import { splitSentences } from "./segment-sentences";

const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 120 }),
);
const punctuation = fc.constantFrom(". ", "。", "! ", "?\u00a0", "…", "؟ ", "। ", "“", "”", "\u200f", "\u202e", "Dr. ", "3.5 ", "\n");
const mixed = fc.array(fc.oneof(anyString, punctuation), { maxLength: 12 }).map((parts) => parts.join(""));

const nonSpace = (s: string): string => s.replace(/\s+/gu, "");

function assertCovers(paragraph: string): void {
  const sentences = splitSentences(paragraph);
  let from = 0;
  for (const sentence of sentences) {
    expect(sentence).not.toBe("");
    const at = paragraph.indexOf(sentence, from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + sentence.length;
  }
  expect(nonSpace(sentences.join(""))).toBe(nonSpace(paragraph));
}

describe("splitSentences on arbitrary Unicode", () => {
  it("covers every non-space character of a raw string, in order", () => {
    fc.assert(fc.property(fc.oneof(anyString, mixed), assertCovers), { numRuns: 3000 });
  });

  it("covers every non-space character of each normalised paragraph", () => {
    fc.assert(
      fc.property(mixed, (raw) => {
        for (const paragraph of splitParagraphs(normalizeText(raw))) assertCovers(paragraph);
      }),
      { numRuns: 2000 },
    );
  });

  it("returns nothing for whitespace only", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\n", "\u00a0", "\u3000", "\u2003"), { maxLength: 20 }), (parts) => {
        expect(splitSentences(parts.join(""))).toEqual([]);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./segment-sentences";

/** Pieces that exercise every rule, so random strings hit the tricky paths, not just noise. */
const piece = fc.constantFrom(
  " ", "  ", ". ", "? ", "! ", "… ", "...", "Dr. ", "U.S. ", "dll. ", "S. ", "“", "”", '"', ",", "(", ")",
  "https://a.id/x?y=1", "a@b.co", "10.000", "3,5", "2024. ", "Budi", "kata", "Namun", "\n", "\u00A0",
);
const paragraph = fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join("")));

const nonSpace = (s: string): string => s.replace(/\s+/gu, "");

describe("splitSentences properties", () => {
  it("returns trimmed, non-empty substrings, in order, covering every non-space character", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const sentences = splitSentences(text);
        let from = 0;
        for (const sentence of sentences) {
          expect(sentence).toBe(sentence.trim());
          expect(sentence).not.toBe("");
          const at = text.indexOf(sentence, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + sentence.length;
        }
        expect(nonSpace(sentences.join(""))).toBe(nonSpace(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("never splits an unsplittable single word", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 30 }), (word) => {
        fc.pre(!/[\s.!?]/.test(word));
        expect(splitSentences(word)).toEqual([word.trim()]);
      }),
    );
  });
});

// Nothing is lost or duplicated: whatever the texts, each side's sentences come back in order,
// each exactly once, and their concatenation is that side's text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../../test/setup-fast-check";
import { alignSentences } from "./align-sentences";
import { buildAlignDictionary } from "./anchors";

const dictionary = buildAlignDictionary([["banjir", "flood"], ["rumah", "house"]]);
const sentence = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom("Banjir 12 rumah.", "Flood hit 12 houses.", "?", "Jakarta!"));
const side = fc.array(fc.array(sentence, { minLength: 1, maxLength: 6 }), { maxLength: 6 });

describe("alignSentences (property)", () => {
  it("gives back each side's sentences, in order, once", () => {
    fc.assert(
      fc.property(side, side, (source, target) => {
        const pairs = alignSentences(source, target, dictionary);
        const sourceText = pairs.flatMap((p) => p.source.map((i) => source.flat()[i])).join("");
        const targetText = pairs.flatMap((p) => p.target.map((j) => target.flat()[j])).join("");
        expect(pairs.flatMap((p) => p.source)).toEqual(source.flat().map((_, i) => i));
        expect(pairs.flatMap((p) => p.target)).toEqual(target.flat().map((_, j) => j));
        expect(sourceText).toBe(source.flat().join(""));
        expect(targetText).toBe(target.flat().join(""));
        for (const p of pairs) expect(p.confidence).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

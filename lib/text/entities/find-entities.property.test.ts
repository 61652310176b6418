// Whatever text arrives, spotting must not throw and every match must point at its surface.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEntities } from "./find-entities";

const word = fc.constantFrom("Putin", "Korea", "Utara", "Kim", "Jong-un", "Presiden", "di", "dan", "(KCNA)", "AS", "U.S.", "bahasa", "-nya", "“Kami", "Perang", "wilayah", ",", ".", "Tanah", "Air", "é", "🙂");
const sentence = fc.oneof(fc.array(word, { maxLength: 12 }).map((w) => w.join(" ")), fc.string({ maxLength: 40 }));

describe("findEntities properties", () => {
  it("never throws; offsets slice to the surface; one array per sentence", () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), (texts) => {
        const input = texts.map((text, i) => ({ text, paragraphStart: i === 0 }));
        const result = findEntities(input);
        expect(result).toHaveLength(texts.length);
        result.forEach((matches, i) => {
          for (const m of matches) {
            expect(texts[i]?.slice(m.start, m.end)).toBe(m.surface);
            expect(m.key).not.toBe("");
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

// Arbitrary Unicode through normalizeText, the first step of every ingest: it must never
// throw, must be idempotent (so content hashes are stable), and may drop only what it
// promises to drop (invisible characters, controls, spacing).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

/** Everything text from the web throws at us: any code point, lone surrogates, and the characters the rules target. */
const anyUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 60 }) },
);
const tricky = fc.constantFrom(
  "\r\n", "\r", "\n", "\n\n\n", "\u2028", "\u2029", "\t", "\u00a0", "\u202f", "\u3000", "\u200b", "\u200d", "\ufeff", "\u00ad",
  "\u0000", "\u0085", "\u009f", "e\u0301", "\u212b", "ﬁ", "👩‍👩‍👧", "\ud800", "\udc00", "  ", "Kalimat. ",
);
const text = fc.oneof(anyUnit, fc.array(fc.oneof(tricky, anyUnit), { maxLength: 20 }).map((parts) => parts.join("")));

const DROPPED = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const nonSpace = (s: string): string => s.replace(/[\s\u0085]/gu, "");

describe("normalizeText on arbitrary Unicode", () => {
  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalizeText(input);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps every visible character (in NFC) and drops only invisibles and controls", () => {
    fc.assert(
      fc.property(text, (input) => {
        const expected = nonSpace(input.replace(/\r\n?|\u2028|\u2029/g, "\n").replace(DROPPED, "").normalize("NFC"));
        expect(nonSpace(normalizeText(input))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves a canonical layout: LF only, trimmed lines, single spaces, at most one blank line", () => {
    fc.assert(
      fc.property(text, (input) => {
        const output = normalizeText(input);
        expect(output).not.toMatch(/[\r\t\u00a0\u2028\u2029]|\n{3,}| {2,}/);
        expect(output).toBe(output.trim());
        for (const line of output.split("\n")) expect(line).toBe(line.trim());
      }),
      { numRuns: 3000 },
    );
  });
});

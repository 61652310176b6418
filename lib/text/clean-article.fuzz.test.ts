// Arbitrary Unicode and news-page noise through cleanArticle (after normalizeText, as
// prepareArticle calls it): no crash, nothing invented, nothing dropped without a report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";
import { normalizeText } from "./normalize";

const anyLine = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);
// Lines the cleaning rules look for, so random articles reach every branch.
const newsLine = fc.constantFrom(
  "Harga Cabai Naik Tajam di Pasar Induk",
  "JAKARTA, KOMPAS.com - Harga cabai naik tajam pekan ini.",
  "Jakarta (ANTARA) - Pemerintah menyiapkan anggaran baru.",
  "Baca juga: Harga Beras Turun",
  "BACA JUGA:",
  "Advertisement",
  "Scroll to continue with content",
  "Editor: Budi Santoso",
  "Copyright © 2024 Kompas.com",
  "Ikuti kami di Google News",
  "Pedagang mengeluhkan pasokan yang berkurang sejak awal bulan.",
  "Pedagang mengeluhkan pasokan yang berkurang sejak awal bulan.",
  "<script>alert(1)</script>",
  "",
);
const article = fc.array(fc.oneof({ weight: 2, arbitrary: newsLine }, { weight: 1, arbitrary: anyLine }), { maxLength: 25 }).map((lines) => lines.join("\n"));

/** Multiset of non-space characters, to check containment without caring about order. */
function counts(texts: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const text of texts) for (const c of text.replace(/\s+/gu, "")) map.set(c, (map.get(c) ?? 0) + 1);
  return map;
}

describe("cleanArticle on arbitrary input", () => {
  it("never throws and returns trimmed, single-line, non-empty paragraphs", () => {
    fc.assert(
      fc.property(article, fc.option(anyLine), (raw, title) => {
        const result = cleanArticle(normalizeText(raw), { title });
        for (const paragraph of result.paragraphs) {
          expect(paragraph).not.toBe("");
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toContain("\n");
        }
        expect(result.duplicateParagraphs).toBe(result.removed.filter((r) => r.reason === "duplicate").length);
      }),
      { numRuns: 2000 },
    );
  });

  it("invents nothing: kept and removed text together use only the input's characters", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const input = normalizeText(raw);
        const result = cleanArticle(input);
        const available = counts([input]);
        const used = counts([result.title ?? "", ...result.paragraphs, ...result.removed.map((r) => r.line)]);
        for (const [char, n] of used) expect(n, `character ${JSON.stringify(char)}`).toBeLessThanOrEqual(available.get(char) ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("drops nothing silently: every input line is kept, reported as removed, or part of the lifted dateline", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const input = normalizeText(raw);
        const result = cleanArticle(input);
        const kept = [result.title ?? "", ...result.paragraphs, ...result.removed.map((r) => r.line)].join("\n");
        const lead = [result.dateline, result.sourceName].filter((s): s is string => s !== null);
        for (const line of input.split("\n").filter((l) => l.trim() !== "")) {
          const body = line.trim();
          const found = kept.includes(body) || lead.some((part) => body.includes(part));
          expect(found, `line ${JSON.stringify(body)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("restores every reported boilerplate line when it is passed back in keepLines", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const input = normalizeText(raw);
        const first = cleanArticle(input);
        const keepLines = first.removed.filter((r) => r.reason === "boilerplate").map((r) => r.line);
        const again = cleanArticle(input, { keepLines });
        expect(again.removed.filter((r) => r.reason === "boilerplate")).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

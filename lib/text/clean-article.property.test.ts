import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";
import { normalizeText } from "./normalize";

/** Lines that look like real pages: headlines, datelines, chrome, body text, repeats. */
const line = fc.oneof(
  fc.constantFrom(
    "Judul Berita Hari Ini", "ISTANBUL", "JAKARTA, KOMPAS.com - Harga naik.", "(SeaPRwire) – Presiden tiba.",
    "Scroll to Top", "Baca juga: Berita lain", "***", "Iklan", "Sektor: Top Story", "Isi berita pertama.",
    "Isi berita pertama.", "“Kami siap,” kata Budi.", "",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const page = fc.array(line, { maxLength: 20 }).map((lines) => normalizeText(lines.join("\n")));

describe("cleanArticle properties", () => {
  it("never throws, keeps paragraphs non-empty and trimmed, and counts duplicates it reports", () => {
    fc.assert(
      fc.property(page, (text) => {
        const cleaned = cleanArticle(text);
        for (const paragraph of cleaned.paragraphs) {
          expect(paragraph).not.toBe("");
          expect(paragraph).toBe(paragraph.trim());
          // Cleaning removes and lifts text out; it never invents any.
          for (const word of paragraph.split(" ")) expect(text).toContain(word);
        }
        expect(cleaned.duplicateParagraphs).toBe(cleaned.removed.filter((r) => r.reason === "duplicate").length);
      }),
      { numRuns: 500 },
    );
  });

  it("restoring every removed line removes nothing", () => {
    fc.assert(
      fc.property(page, (text) => {
        const first = cleanArticle(text);
        const restored = cleanArticle(text, { keepLines: first.removed.map((r) => r.line) });
        expect(restored.removed).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

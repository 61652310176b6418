import { describe, expect, it } from "vitest";
import { foldText, queryTerms, termSpans } from "./term-spans";

function marked(text: string, query: string): string[] {
  return termSpans(text, queryTerms(query)).map((s) => text.slice(s.start, s.end));
}

describe("termSpans", () => {
  it.each([
    ["a whole word, any case", "Banjir di Jakarta, banjir lagi.", "banjir", ["Banjir", "banjir"]],
    ["the last word as a prefix", "Pemilu dan pemilihan umum", "pemil", ["Pemilu", "pemilihan"]],
    ["earlier words only whole", "Jakarta Jakartanya banjir", "jakarta banjir", ["Jakarta", "banjir"]],
    ["not inside a word", "membanjiri kota", "banjir", []],
    ["accents fold both ways", "Café di Sémarang", "cafe semarang", ["Café", "Sémarang"]],
    ["punctuation in the query is ignored", "Harga (beras) naik", '"beras" naik!', ["beras", "naik"]],
    ["digits", "Tahun 2024 dan 20245", "2024", ["2024", "20245"]],
    ["nothing to find", "Banjir", "", []],
    ["astral characters keep offsets", "😀 banjir", "banjir", ["banjir"]],
  ])("%s", (_label, text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it("folds without changing length", () => {
    for (const text of ["Café Sémarang", "ÀÉÎÕÜ ǅ ﬁ", "😀 x"]) expect(foldText(text)).toHaveLength(text.length);
  });
});

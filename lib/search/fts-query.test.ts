import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, toFtsQuery } from "./fts-query";

describe("toFtsQuery", () => {
  it.each([
    ["one word is a prefix", "jokowi", '"jokowi"*'],
    ["earlier words are whole, the last a prefix", "presiden jok", '"presiden" "jok"*'],
    ["runs of spaces collapse", "  banjir \t  jakarta ", '"banjir" "jakarta"*'],
    ["FTS5 operators become plain words", "banjir OR NOT jakarta", '"banjir" "OR" "NOT" "jakarta"*'],
    ["column filters are not honoured", "source:banjir", '"source:banjir"*'],
    ["stray quotes are dropped", 'kata "banjir', '"kata" "banjir"*'],
    ["a NEAR group is plain text", "NEAR(a b)", '"NEAR(a" "b)"*'],
    ["asterisks and carets stay inside quotes", "^awal bintang*", '"^awal" "bintang*"*'],
    ["punctuation-only terms are dropped", "banjir — ,", '"banjir"*'],
    ["accents are kept (the tokenizer folds them)", "Jókowi", '"Jókowi"*'],
    ["digits count as words", "2024", '"2024"*'],
  ])("%s", (_label, input, expected) => {
    const query = toFtsQuery(input);
    expect(query).toMatchObject({ ok: true, match: expected });
  });

  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["only punctuation and quotes", ' " — ; " '],
  ])("refuses %s input as empty-query", (_label, input) => {
    expect(toFtsQuery(input)).toEqual({ ok: false, code: "empty-query" });
  });

  it.each([
    ["a NUL inside a word", "ban\u0000jir"],
    ["a NUL alone", "\u0000"],
    ["another control character", "banjir\u001b"],
    ["a lone surrogate", "banjir \ud800"],
  ])("refuses %s as invalid-query", (_label, input) => {
    expect(toFtsQuery(input)).toEqual({ ok: false, code: "invalid-query" });
  });

  it("refuses overlong input", () => {
    expect(toFtsQuery("a".repeat(MAX_QUERY_LENGTH + 1))).toEqual({ ok: false, code: "query-too-long" });
  });

  it("keeps at most twelve terms", () => {
    const query = toFtsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "));
    expect(query.ok && query.terms).toHaveLength(12);
  });
});

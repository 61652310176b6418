import { describe, expect, it } from "vitest";
import { abbreviationKind, opensSentence, type AbbreviationKind } from "./sentence-abbreviations";

const kinds: { token: string; kind: AbbreviationKind | null }[] = [
  { token: "Dr.", kind: "prefix" },
  { token: "Prof.", kind: "prefix" },
  { token: "Jl.", kind: "prefix" },
  { token: "No.", kind: "prefix" },
  { token: "a.n.", kind: "prefix" },
  { token: "s.d.", kind: "prefix" },
  { token: "PT.", kind: "prefix" },
  { token: "U.S.", kind: "name-part" },
  { token: "A.S.", kind: "name-part" },
  { token: "S.", kind: "name-part" },
  { token: "É.", kind: "name-part" },
  { token: "dll.", kind: "phrase-final" },
  { token: "dkk.", kind: "phrase-final" },
  { token: "Tbk.", kind: "name-part" },
  { token: "tahun.", kind: null },
  { token: "2024.", kind: null },
  { token: "s.", kind: null },
  { token: "dr", kind: null },
];

const openers: { word: string; opens: boolean }[] = [
  { word: "Namun", opens: true },
  { word: "Ia", opens: true },
  { word: "ini", opens: true },
  { word: "Donald", opens: false },
  { word: "Mook", opens: false },
  { word: "", opens: false },
];

describe("abbreviationKind", () => {
  it.each(kinds)("$token → $kind", ({ token, kind }) => {
    expect(abbreviationKind(token)).toBe(kind);
  });
});

describe("opensSentence", () => {
  it.each(openers)("$word → $opens", ({ word, opens }) => {
    expect(opensSentence(word)).toBe(opens);
  });
});

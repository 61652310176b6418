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
  { token: "JL.", kind: "prefix" },
  { token: "JLN.", kind: "prefix" },
  { token: "NO.", kind: "prefix" },
  { token: "jl.", kind: "prefix" },
  { token: "Pres.", kind: "prefix" },
  { token: "Lt.", kind: "prefix" },
  { token: "Rev.", kind: "prefix" },
  { token: "Gen.", kind: "prefix" },
  { token: "Capt.", kind: "prefix" },
  { token: "Col.", kind: "prefix" },
  { token: "Sgt.", kind: "prefix" },
  { token: "Jr.", kind: "name-part" },
  { token: "Sr.", kind: "name-part" },
  { token: "Tb.", kind: "prefix" },
  { token: "Rd.", kind: "prefix" },
  { token: "RM.", kind: "prefix" },
  { token: "Kh.", kind: "prefix" },
  { token: "RS.", kind: "prefix" },
  { token: "RSUD.", kind: "prefix" },
  { token: "RSU.", kind: "prefix" },
  { token: "Dsn.", kind: "prefix" },
  { token: "Dk.", kind: "prefix" },
  { token: "Kp.", kind: "prefix" },
  { token: "Rt.", kind: "prefix" },
  { token: "RW.", kind: "prefix" },
  { token: "Tn.", kind: "prefix" },
  { token: "Ny.", kind: "prefix" },
  { token: "Nn.", kind: "prefix" },
  { token: "Telp.", kind: "contact" },
  { token: "TEL.", kind: "contact" },
  { token: "Fax.", kind: "contact" },
  { token: "Hp.", kind: "contact" },
  { token: "Ext.", kind: "contact" },
  { token: "DLL.", kind: "phrase-final" },
  { token: "u.s.", kind: "name-part" },
];

const openers: { word: string; opens: boolean }[] = [
  { word: "Namun", opens: true },
  { word: "Ia", opens: true },
  { word: "ini", opens: true },
  { word: "Donald", opens: false },
  { word: "Mook", opens: false },
  { word: "", opens: false },
  { word: "Seperti", opens: true },
  { word: "Rancangan", opens: true },
  { word: "Putra", opens: false },
  { word: "Trudeau", opens: false },
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

import { describe, expect, it } from "vitest";
import { checkTerms } from "./check-terms";
import { findEntities } from "./find-entities";
import type { TermEntry } from "./types";

const ENTRIES: TermEntry[] = [
  { key: "korea utara", surfaces: ["Korea Utara", "Korut"], target: "North Korea", doNotTranslate: false },
  { key: "moskow", surfaces: ["Moskow"], target: "Moscow", doNotTranslate: false },
  { key: "vladimir putin", surfaces: ["Vladimir Putin", "Putin"], target: "Vladimir Putin", doNotTranslate: false },
  { key: "kim jong un", surfaces: ["Kim Jong-un", "Kim Jong Un"], target: "Kim Jong Un", doNotTranslate: false },
  { key: "rusia", surfaces: ["Rusia"], target: "Russia", doNotTranslate: false },
  { key: "kementerian unifikasi korea selatan", surfaces: ["Kementerian Unifikasi Korea Selatan"], target: "South Korea's Ministry of Unification", doNotTranslate: false },
  { key: "seaprwire", surfaces: ["SeaPRwire"], target: "SeaPRwire", doNotTranslate: true },
  { key: "komisi militer pusat", surfaces: ["Komisi Militer Pusat"], target: "Central Military Commission", doNotTranslate: false },
];

function check(source: string, target: string, entries: readonly TermEntry[] = ENTRIES) {
  const [mentions = []] = findEntities([{ text: source, paragraphStart: true }]);
  return checkTerms(source, target, entries, mentions);
}

describe("checkTerms", () => {
  it.each([
    ["all renderings present", "Putin tiba di Moskow.", "Putin arrived in Moscow.", "Putin arrived in Moscow."],
    ["short form left untranslated", "Korut menembakkan rudal.", "Korut fired a missile.", "North Korea fired a missile."],
    ["city left untranslated", "Delegasi tiba di Moskow.", "The delegation arrived in Moskow.", "The delegation arrived in Moscow."],
    ["full form left untranslated", "Korea Utara dan Rusia bertemu.", "Korea Utara and Russia met.", "North Korea and Russia met."],
    ["two leftovers in one sentence", "Rusia dan Korut bersekutu.", "Rusia and Korut are allied.", "Russia and North Korea are allied."],
    ["adjective counts as the rendering", "Tentara Korea Utara bertempur.", "North Korean soldiers fought.", "North Korean soldiers fought."],
    ["hyphen variant counts", "Kim Jong-un hadir.", "Kim Jong-un attended.", "Kim Jong-un attended."],
    ["alias from the gazetteer counts", "Kementerian Unifikasi Korea Selatan menolak.", "The Unification Ministry refused.", "The Unification Ministry refused."],
    ["do-not-translate kept as is", "Rilis dari SeaPRwire.", "A release from SeaPRwire.", "A release from SeaPRwire."],
  ])("%s", (_, source, target, expected) => {
    const result = check(source, target);
    expect(result.target).toBe(expected);
    expect(result.fixed).toBe(expected !== target);
    expect(result.mismatches).toEqual([]);
  });

  it.each([
    ["rendering missing, closest span reported", "Komisi Militer Pusat mengumumkan.", "The Central Military Committee announced.", { key: "komisi militer pusat", expected: "Central Military Commission", found: "Central Military Committee" }],
    ["rendering missing, nothing similar", "Putin berbicara di Moskow.", "He spoke in Moscow.", { key: "vladimir putin", expected: "Vladimir Putin", found: null }],
  ])("flags: %s", (_, source, target, mismatch) => {
    const result = check(source, target);
    expect(result.fixed).toBe(false);
    expect(result.target).toBe(target);
    expect(result.mismatches).toEqual([mismatch]);
  });

  it("does not fix a spelling two entries claim, and reports it", () => {
    const entries: TermEntry[] = [
      { key: "korea utara", surfaces: ["Korut"], target: "North Korea", doNotTranslate: false },
      { key: "korut tim", surfaces: ["Korut"], target: "the North Korean team", doNotTranslate: false },
    ];
    const mentions = [
      { start: 0, end: 5, surface: "Korut", key: "korea utara", canonical: "Korea Utara", type: "place" as const, target: "North Korea" },
      { start: 0, end: 5, surface: "Korut", key: "korut tim", canonical: "Korut", type: "organisation" as const, target: null },
    ];
    const result = checkTerms("Korut menang.", "Korut won.", entries, mentions);
    expect(result.fixed).toBe(false);
    expect(result.mismatches.map((m) => [m.key, m.found])).toEqual([
      ["korea utara", "Korut"],
      ["korut tim", "Korut"],
    ]);
  });

  it("uses the mention's rendering when the glossary has no entry yet", () => {
    const result = check("Delegasi tiba di Moskow.", "The delegation reached Moskow.", []);
    expect(result).toEqual({ target: "The delegation reached Moscow.", fixed: true, mismatches: [] });
  });

  it("a do-not-translate term that went missing is a mismatch", () => {
    const result = check("Rilis dari SeaPRwire.", "A release from Sea PR Wire.");
    expect(result.mismatches).toEqual([{ key: "seaprwire", expected: "SeaPRwire", found: "Sea PR Wire" }]);
  });
});

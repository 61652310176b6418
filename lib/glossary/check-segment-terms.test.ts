import { describe, expect, it } from "vitest";
import { checkSegmentTerms, type StoredMention } from "./check-segment-terms";

type Entry = StoredMention["entry"];

const MOSKOW: Entry = { key: "moskow", source: "Moskow", variants: "[]", type: "place", target: "Moscow", doNotTranslate: false };
const KORUT: Entry = { key: "korea utara", source: "Korea Utara", variants: '["Korut"]', type: "place", target: "North Korea", doNotTranslate: false };
const KORUT_TEAM: Entry = { key: "korut tim", source: "Tim Korut", variants: '["Korut"]', type: "organisation", target: "the North Korean team", doNotTranslate: false };
const SOVIET: Entry = { key: "tentara merah soviet", source: "Tentara Merah Soviet", variants: "[]", type: "organisation", target: null, doNotTranslate: false };
const KOMPAS: Entry = { key: "kompas", source: "Kompas", variants: "[]", type: "organisation", target: "Compass", doNotTranslate: true };

function at(source: string, surface: string, entry: Entry): StoredMention {
  const start = source.indexOf(surface);
  return { start, end: start + surface.length, surface, entry };
}

describe("checkSegmentTerms", () => {
  const cases: { name: string; source: string; target: string; mentions: (source: string) => StoredMention[]; expected: string; mismatches: string[] }[] = [
    {
      name: "fixes Moskow left untranslated",
      source: "Delegasi tiba di Moskow.",
      target: "The delegation arrived in Moskow.",
      mentions: (s) => [at(s, "Moskow", MOSKOW)],
      expected: "The delegation arrived in Moscow.",
      mismatches: [],
    },
    {
      name: "leaves a correct rendering alone",
      source: "Delegasi tiba di Moskow.",
      target: "The delegation arrived in Moscow.",
      mentions: (s) => [at(s, "Moskow", MOSKOW)],
      expected: "The delegation arrived in Moscow.",
      mismatches: [],
    },
    {
      name: "flags a spelling two entries claim instead of guessing",
      source: "Korut menang.",
      target: "Korut won.",
      mentions: (s) => [at(s, "Korut", KORUT), at(s, "Korut", KORUT_TEAM)],
      expected: "Korut won.",
      mismatches: ["korea utara", "korut tim"],
    },
    {
      name: "flags a rendering that is missing",
      source: "Korea Utara menembakkan rudal.",
      target: "The North fired a missile.",
      mentions: (s) => [at(s, "Korea Utara", KORUT)],
      expected: "The North fired a missile.",
      mismatches: ["korea utara"],
    },
    {
      name: "an entry without English is not checked",
      source: "Tentara Merah Soviet datang.",
      target: "The Soviet Red Army came.",
      mentions: (s) => [at(s, "Tentara Merah Soviet", SOVIET)],
      expected: "The Soviet Red Army came.",
      mismatches: [],
    },
    {
      name: "do-not-translate expects the name itself",
      source: "Menurut Kompas, hujan turun.",
      target: "According to Compass, it rained.",
      mentions: (s) => [at(s, "Kompas", KOMPAS)],
      expected: "According to Compass, it rained.",
      mismatches: ["kompas"],
    },
    {
      name: "no mentions, nothing to check",
      source: "Hujan turun.",
      target: "It rained.",
      mentions: () => [],
      expected: "It rained.",
      mismatches: [],
    },
  ];

  it.each(cases)("$name", ({ source, target, mentions, expected, mismatches }) => {
    const result = checkSegmentTerms(source, target, mentions(source));
    expect(result.target).toBe(expected);
    expect(result.fixed).toBe(expected !== target);
    expect(result.mismatches.map((m) => m.key)).toEqual(mismatches);
  });
});

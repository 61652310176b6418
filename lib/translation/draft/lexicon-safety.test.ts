// No gloss the draft engine can show may be a slur or a derogatory term. The list is written
// here on purpose, apart from the build script's own filter, so a rebuilt dictionary, a new
// hand entry or a gazetteer rendering that brings one back fails this test.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../../text/entities/gazetteer";
import { COMMON_WORDS } from "./common-words";
import { FUNCTION_WORDS } from "./function-words";
import { parseReviewedTsv } from "./lexicon";
import { LEXICON_PATH, loadLexicon, REVIEWED_PATH } from "./load-lexicon";
import { PHRASES } from "./phrases";

/** Ethnic, racial, religious, homophobic, transphobic, ableist and misogynist slurs and insults. */
const NEVER = `
  chink chinaman chinky gook jap japs coolie slant-eye zipperhead nigger nigga negro negress darkie darky jigaboo
  pickaninny sambo kike yid hebe sheeny wetback beaner spic spick greaser raghead towelhead paki wog wop dago
  greaseball gyppo gypo pikey redskin squaw injun half-breed halfbreed mulatto kaffir kafir kaffer giaour infidel
  faggot fag dyke poof poofter tranny shemale lesbo retard spastic spaz mongoloid imbecile moron cretin idiot
  whore slut bitch cunt twat pussy honky gringo bastard
`.split(/\s+/).filter(Boolean);

/** Slurs only in some senses: allowed only as the plain word for these Indonesian headwords. */
const ONLY_FOR: Readonly<Record<string, readonly string[]>> = {
  slope: ["lereng", "landai", "kemiringan", "tebing"], spade: ["sekop", "sodok", "skop"], spook: ["hantu"],
  fairy: ["peri"], queer: ["aneh", "ganjil"], homo: [], coon: [], queen: ["ratu", "permaisuri"],
  ape: ["kera", "monyet", "beruk"], monkey: ["monyet", "kera", "beruk"], nip: ["cubit", "mencubit"],
};

type Gloss = { indonesian: string; english: string; source: string };

function generatedGlosses(): Gloss[] {
  return readFileSync(LEXICON_PATH, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .flatMap((line) => {
      const [indonesian = "", best = "", alternatives = ""] = line.split("\t");
      return [best, ...alternatives.split("|")].filter(Boolean).map((english) => ({ indonesian, english, source: "id-en.tsv" }));
    });
}

function allGlosses(): Gloss[] {
  const table = (source: string, entries: Readonly<Record<string, string>>): Gloss[] =>
    Object.entries(entries).map(([indonesian, english]) => ({ indonesian, english, source }));
  return [
    ...generatedGlosses(),
    ...parseReviewedTsv(readFileSync(REVIEWED_PATH, "utf8")).flatMap((entry) =>
      entry.senses.map((english) => ({ indonesian: entry.form, english, source: "reviewed/id-en.tsv" })),
    ),
    ...table("common-words.ts", COMMON_WORDS),
    ...table("function-words.ts", FUNCTION_WORDS),
    ...table("phrases.ts", PHRASES),
    ...GAZETTEER.flatMap((entry) => entry.english.map((english) => ({ indonesian: entry.canonical, english, source: "gazetteer.json" }))),
  ];
}

function offence({ indonesian, english }: Gloss): string | null {
  const lower = english.toLowerCase();
  const allowed = ONLY_FOR[lower];
  if (allowed) return allowed.includes(indonesian.toLowerCase()) ? null : lower;
  const words = lower.split(/[^a-z'-]+/).flatMap((word) => [word, ...word.split("-")]);
  return words.find((word) => NEVER.includes(word)) ?? null;
}

describe("no offensive gloss anywhere in the draft lexicon", () => {
  it("holds glosses from every source", () => {
    expect(allGlosses().length).toBeGreaterThan(15_000);
  });

  it("has no slur or derogatory term in any gloss or alternative", () => {
    const found = allGlosses()
      .map((gloss) => ({ gloss, word: offence(gloss) }))
      .filter(({ word }) => word !== null)
      .map(({ gloss, word }) => `${gloss.source}: ${gloss.indonesian} → ${gloss.english} (${word})`);
    expect(found).toEqual([]);
  });

  it.each([["cina"], ["Cina"], ["orang cina"], ["sipit"], ["homo"], ["pelacur"]])("glosses %j without a slur", (word) => {
    const lexicon = loadLexicon();
    const glosses = [lexicon.words.get(word), lexicon.phrases.get(word.toLowerCase())].filter((g): g is string => g !== undefined);
    for (const english of glosses) expect(offence({ indonesian: word, english, source: "loaded" })).toBeNull();
  });

  it.each([
    ["nigger", "x"], ["Chink", "cina"], ["whore", "pelacur"], ["fairy", "homo"], ["slope", "sipit"], ["half-breed", "x"],
  ])("the check itself catches %j for %j", (english, indonesian) => {
    expect(offence({ indonesian, english, source: "test" })).not.toBeNull();
  });

  it.each([["slope", "lereng"], ["spade", "sekop"], ["fairy tale", "dongeng"], ["prostitute", "pelacur"]])(
    "the check lets the plain sense %j for %j through",
    (english, indonesian) => {
      expect(offence({ indonesian, english, source: "test" })).toBeNull();
    },
  );
});

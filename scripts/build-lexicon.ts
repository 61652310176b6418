// Builds lib/translation/lexicon/id-en.tsv from FreeDict's English–Indonesian dictionary
// (Debian package dict-freedict-eng-ind). Build-time only: the app reads the committed TSV,
// so neither the Debian package nor this script is needed at run time or in CI.
//
//   apt-get install -y dict-freedict-eng-ind && npx tsx scripts/build-lexicon.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const DICT_DIR = process.argv[2] ?? "/usr/share/dictd";
const OUT_FILE = path.resolve(import.meta.dirname, "../lib/translation/lexicon/id-en.tsv");
const MAX_ALTERNATIVES = 2;

type Sense = { rank: number; translations: string[] };
type Entry = { english: string; pos: string; senses: Sense[] };
type Candidate = { english: string; cost: number };

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeNumber(text: string): number {
  let value = 0;
  for (const char of text) value = value * 64 + BASE64.indexOf(char);
  return value;
}

function readEntries(dictDir: string): { entries: Entry[]; definitions: string } {
  const index = readFileSync(path.join(dictDir, "freedict-eng-ind.index"), "utf8");
  const body = gunzipSync(readFileSync(path.join(dictDir, "freedict-eng-ind.dict.dz")));
  const entries: Entry[] = [];
  const definitions: string[] = [];
  for (const line of index.split("\n")) {
    const [headword, offset, length] = line.split("\t");
    if (!headword || !offset || !length || headword.startsWith("00database")) continue;
    const start = decodeNumber(offset);
    const text = body.subarray(start, start + decodeNumber(length)).toString("utf8");
    const parsed = parseEntry(headword, text);
    entries.push(parsed.entry);
    definitions.push(...parsed.definitions);
  }
  return { entries, definitions: definitions.join("\n") };
}

// An entry is "headword /ipa/ <pos>", then either one translation line followed by English
// definitions, or numbered senses ("1. negara, bangsa") each followed by definitions.
// A trailing " 2." on a translation line only numbers the definitions below it.
function parseEntry(headword: string, text: string): { entry: Entry; definitions: string[] } {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const pos = /<([^>]+)>\s*$/.exec(lines[0] ?? "")?.[1] ?? "";
  // The index lower-cases headwords; the entry's own first line keeps "Russia" capitalised.
  const english = /^(.+?)\s+[/<]/.exec(lines[0] ?? "")?.[1] ?? headword;
  const rest = lines.slice(1);
  const numbered = /^1\. /.test(rest[0] ?? "");
  const senses: Sense[] = [];
  const definitions: string[] = [];
  rest.forEach((line, i) => {
    const sense = numbered ? /^(\d+)\. (.*)$/.exec(line) : null;
    if (sense?.[1] && sense[2] !== undefined) {
      senses.push({ rank: Number(sense[1]), translations: splitTranslations(sense[2]) });
    } else if (!numbered && i === 0) {
      senses.push({ rank: 1, translations: splitTranslations(line) });
    } else {
      definitions.push(line.replace(/^\s*\d+\.\s*/, ""));
    }
  });
  return { entry: { english, pos, senses }, definitions };
}

function splitTranslations(line: string): string[] {
  return line
    .replace(/\s+\d+\.\s*$/, "")
    .split(/,\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== "" && !/[()\d…;:/"]/.test(t) && !/^-|-$/.test(t) && t.split(" ").length <= 4);
}

// How often an English word is used in the dictionary's own English definitions: a rough
// but self-contained frequency list, so "country" beats "commonwealth" for "negara".
function countWords(definitions: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of definitions.toLowerCase().match(/[a-z]+/g) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function costOf(entry: Entry, sense: Sense, position: number, counts: Map<string, number>): number {
  const words = entry.english.split(/\s+/);
  const frequency = Math.min(...words.map((w) => counts.get(w.toLowerCase()) ?? 0));
  return (
    2 * (sense.rank - 1) +
    position +
    3 * (words.length - 1) +
    0.15 * entry.english.length -
    1.5 * Math.log1p(frequency) +
    (entry.pos === "pn" ? 1 : 0)
  );
}

function invert(entries: Entry[], counts: Map<string, number>): Map<string, Candidate[]> {
  const byIndonesian = new Map<string, Candidate[]>();
  for (const entry of entries) {
    if (/prefix|suffix|phraseologicalUnit|proverb|symbol/.test(entry.pos) || entry.english.split(" ").length > 3) continue;
    for (const sense of entry.senses) {
      sense.translations.forEach((translation, position) => {
        // Proper nouns keep their capital (Rusia); everything else is keyed in lower case.
        const key = entry.pos === "pn" ? translation : translation.toLowerCase();
        const candidates = byIndonesian.get(key) ?? [];
        candidates.push({ english: entry.english, cost: costOf(entry, sense, position, counts) });
        byIndonesian.set(key, candidates);
      });
    }
  }
  return byIndonesian;
}

// Slurs and derogatory terms never become a gloss: Wiktionary lists them as translations of
// Indonesian words (cina → "Chink"), and the first English headword found would otherwise win.
// lib/translation/draft/lexicon-safety.test.ts checks the result against its own list.
const OFFENSIVE = new Set(
  `chink chinaman chinky gook jap coolie nigger nigga negro negress darkie darky jigaboo pickaninny sambo kike yid
  hebe sheeny wetback beaner spic spick greaser raghead towelhead paki wog wop dago greaseball gyppo gypo pikey
  redskin squaw injun half-breed halfbreed kaffir kafir kaffer giaour infidel faggot fag dyke poof poofter tranny
  shemale lesbo retard spastic spaz mongoloid imbecile moron cretin idiot whore slut bitch cunt twat pussy honky
  gringo bastard`.split(/\s+/),
);
// Words that are slurs only in some senses ("slope", "spade"): kept for the headwords where
// they are the plain meaning, dropped everywhere else.
const INNOCENT_SENSE: Readonly<Record<string, readonly string[]>> = {
  slope: ["lereng", "landai", "kemiringan", "tebing"], spade: ["sekop", "sodok", "skop"], spook: ["hantu"],
  fairy: ["peri"], queer: ["aneh", "ganjil"], homo: [], coon: [], queen: ["ratu", "permaisuri"], ape: ["kera", "monyet", "beruk"],
  monkey: ["monyet", "kera", "beruk"], nip: ["cubit", "mencubit"], jungle: ["rimba", "hutan", "belantara"],
};

// Indonesian headwords that are themselves slurs: whatever their English, they get no entry.
const SLUR_HEADWORDS = new Set(["homo", "maho", "hombreng", "bencong", "banci", "singkek", "sipit", "mata sipit", "anak cina"]);

function isOffensive(english: string, indonesian: string): boolean {
  if (SLUR_HEADWORDS.has(indonesian)) return true;
  const lower = english.toLowerCase();
  if (lower in INNOCENT_SENSE) return !INNOCENT_SENSE[lower]?.includes(indonesian);
  return lower.split(/[\s-]+/).some((word) => OFFENSIVE.has(word));
}

function bestGlosses(candidates: Candidate[], indonesian: string): string[] {
  const seen = new Map<string, number>();
  for (const { english, cost } of candidates) {
    if (isOffensive(english, indonesian.toLowerCase())) continue;
    seen.set(english, Math.min(cost, seen.get(english) ?? Infinity));
  }
  return [...seen.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 1 + MAX_ALTERNATIVES)
    .map(([english]) => english);
}

const HEADER = [
  "# Selaras draft lexicon: Indonesian -> English glosses, one headword per line.",
  "# Columns: indonesian<TAB>best English gloss<TAB>alternatives separated by |",
  "# Derived from the FreeDict+WikDict English-Bahasa Indonesia dictionary (ed. 2022.11.18,",
  "# https://freedict.org/, http://www.wikdict.com/, data from Wiktionary via DBnary), inverted",
  "# by scripts/build-lexicon.ts. Licence: CC BY-SA 3.0 Unported",
  "# (https://creativecommons.org/licenses/by-sa/3.0/); see LICENSE.md in this folder.",
];

function main(): void {
  const { entries, definitions } = readEntries(DICT_DIR);
  const inverted = invert(entries, countWords(definitions));
  const lines = [...inverted.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([indonesian, candidates]) => [indonesian, bestGlosses(candidates, indonesian)] as const)
    .filter(([, glosses]) => glosses.length > 0)
    .map(([indonesian, [best = "", ...alternatives]]) => `${indonesian}\t${best}\t${alternatives.join("|")}`);
  writeFileSync(OUT_FILE, [...HEADER, ...lines, ""].join("\n"));
  console.log(`Wrote ${lines.length} headwords from ${entries.length} entries to ${OUT_FILE}`);
}

main();

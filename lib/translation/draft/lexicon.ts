// The draft engine's word list: dictionary glosses from the generated TSV, then the gazetteer's
// place names, the hand tables and the hand-reviewed news forms layered on top, each winning
// over the one before. Pure: parsing and merging only, no file access.
import { GAZETTEER } from "../../text/entities/gazetteer";
import { COMMON_WORDS } from "./common-words";
import { FUNCTION_WORDS } from "./function-words";
import { PHRASES } from "./phrases";

export type Lexicon = {
  /** Grammar words ("yang", "para"), looked up only as whole words, never as stems of affixed words. "" means drop. */
  readonly functionWords: ReadonlyMap<string, string>;
  /** Single words, lower case unless a proper noun ("Rusia"); hand entries win over the dictionary. */
  readonly words: ReadonlyMap<string, string>;
  /** Hand-written and hand-reviewed single words only: trusted for capitalised words, where a dictionary hit is more often a name (Budi, Indah) than a title. */
  readonly handWords: ReadonlyMap<string, string>;
  /** Gazetteer place names ("Medan", "Kanada"): a capitalised word found here is the place, not its homonym. */
  readonly names: ReadonlyMap<string, string>;
  /** Multiword entries keyed by their lower-cased words joined with one space. */
  readonly phrases: ReadonlyMap<string, string>;
  readonly maxPhraseWords: number;
};

export type LexiconEntry = { indonesian: string; english: string };

/** Reads "indonesian<TAB>english<TAB>alternatives" lines; "#" lines are the attribution header. */
export function parseLexiconTsv(text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [indonesian, english] = line.split("\t");
    if (indonesian && english) entries.push({ indonesian, english });
  }
  return entries;
}

/** The same file with every sense kept: the best gloss, then its alternatives (the learner's dictionary shows them all). */
export function parseLexiconSenses(text: string): { indonesian: string; senses: string[] }[] {
  const entries: { indonesian: string; senses: string[] }[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [indonesian, english, alternatives = ""] = line.split("\t");
    if (indonesian && english) entries.push({ indonesian, senses: [english, ...alternatives.split("|").filter((a) => a !== "")] });
  }
  return entries;
}

export type ReviewedEntry = { form: string; root: string; senses: string[] };

/** Reads the reviewed file: "form<TAB>root<TAB>sense|sense"; an empty sense list drops the form. */
export function parseReviewedTsv(text: string): ReviewedEntry[] {
  const entries: ReviewedEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [form = "", root = "", senses = ""] = line.split("\t");
    if (form) entries.push({ form, root: root || form, senses: senses === "" ? [] : senses.split("|") });
  }
  return entries;
}

// Place names only: people in the gazetteer keep their own spelling anyway, and its English
// for bodies ("Dewan Keamanan") is already covered by the phrase table.
function gazetteerNames(): [string, string][] {
  return GAZETTEER.filter((entry) => entry.type === "place").flatMap((entry) =>
    entry.names.filter((name) => /^\p{Lu}/u.test(name)).map((name): [string, string] => [name, entry.english[0] ?? name]),
  );
}

/** Builds a lexicon from dictionary entries; the hand tables and the reviewed forms are applied last so they win. */
export function createLexicon(dictionary: readonly LexiconEntry[], reviewed: readonly ReviewedEntry[] = []): Lexicon {
  const words = new Map<string, string>();
  const phrases = new Map<string, string>();
  const handWords = new Map<string, string>();
  const add = (indonesian: string, english: string, byHand: boolean): void => {
    const key = indonesian.trim().replace(/\s+/g, " ");
    if (key.includes(" ")) phrases.set(key.toLowerCase(), english);
    else (byHand ? [words, handWords] : [words]).forEach((map) => map.set(key, english));
  };
  for (const entry of dictionary) add(entry.indonesian, entry.english, false);
  const names = new Map<string, string>();
  for (const [name, english] of gazetteerNames()) {
    add(name, english, false);
    if (!name.includes(" ")) names.set(name, english);
  }
  for (const [indonesian, english] of Object.entries(COMMON_WORDS)) add(indonesian, english, true);
  for (const entry of reviewed) add(entry.form, entry.senses[0] ?? "", true);
  for (const [indonesian, english] of Object.entries(PHRASES)) add(indonesian, english, true);

  const functionWords = new Map<string, string>();
  for (const [indonesian, english] of Object.entries(FUNCTION_WORDS)) {
    if (indonesian.includes(" ")) phrases.set(indonesian.toLowerCase(), english);
    else functionWords.set(indonesian, english);
  }
  let maxPhraseWords = 1;
  for (const key of phrases.keys()) maxPhraseWords = Math.max(maxPhraseWords, key.split(" ").length);
  return { functionWords, words, handWords, names, phrases, maxPhraseWords };
}

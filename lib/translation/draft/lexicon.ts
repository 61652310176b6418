// The draft engine's word list: dictionary glosses from the committed TSV with the hand
// tables layered on top. Pure: parsing and merging only, no file access.
import { COMMON_WORDS } from "./common-words";
import { FUNCTION_WORDS } from "./function-words";
import { PHRASES } from "./phrases";

export type Lexicon = {
  /** Grammar words ("yang", "para"), looked up only as whole words, never as stems of affixed words. "" means drop. */
  readonly functionWords: ReadonlyMap<string, string>;
  /** Single words, lower case unless a proper noun ("Rusia"); hand entries win over the dictionary. */
  readonly words: ReadonlyMap<string, string>;
  /** The hand-written single words only: trusted for capitalised words inside a sentence, where a dictionary hit is more often a name (Budi, Indah) than a title. */
  readonly handWords: ReadonlyMap<string, string>;
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

/** Builds a lexicon from dictionary entries; the hand tables are applied last so they win. */
export function createLexicon(dictionary: readonly LexiconEntry[]): Lexicon {
  const words = new Map<string, string>();
  const phrases = new Map<string, string>();
  const handWords = new Map<string, string>();
  const add = (indonesian: string, english: string, byHand: boolean): void => {
    const key = indonesian.trim().replace(/\s+/g, " ");
    if (key.includes(" ")) phrases.set(key.toLowerCase(), english);
    else (byHand ? [words, handWords] : [words]).forEach((map) => map.set(key, english));
  };
  for (const entry of dictionary) add(entry.indonesian, entry.english, false);
  for (const [indonesian, english] of Object.entries(COMMON_WORDS)) add(indonesian, english, true);
  for (const [indonesian, english] of Object.entries(PHRASES)) add(indonesian, english, true);

  const functionWords = new Map<string, string>();
  for (const [indonesian, english] of Object.entries(FUNCTION_WORDS)) {
    if (indonesian.includes(" ")) phrases.set(indonesian.toLowerCase(), english);
    else functionWords.set(indonesian, english);
  }
  let maxPhraseWords = 1;
  for (const key of phrases.keys()) maxPhraseWords = Math.max(maxPhraseWords, key.split(" ").length);
  return { functionWords, words, handWords, phrases, maxPhraseWords };
}

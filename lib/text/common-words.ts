// Frequent ordinary Indonesian words (lower case), from the reviewed news lexicon via
// scripts/build-common-words.ts. Sentence splitting and entity spotting ask it whether a
// capitalised word is just an ordinary word capitalised by its position.
import words from "./common-words.json";

const COMMON: ReadonlySet<string> = new Set(words);

/** True for an ordinary word in any case: "Pemerintah", "seperti", "Rancangan". */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

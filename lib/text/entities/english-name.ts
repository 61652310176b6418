// A name that is already English ("Korea Research Institute for National Strategy",
// "The Korea Times") is its own English rendering: the glossary must not say it has
// "no English yet", and the translation should keep it as it is.
import { foldWord } from "./fold";
import { ORGANISATION_WORDS } from "./word-lists";

/** English words that never occur inside an Indonesian name. */
const ENGLISH_CONNECTORS = new Set(["of", "for", "the", "and"]);
/** Organisation words Indonesian names use too ("Bank Indonesia", "Forum Rektor"). */
const SHARED_WITH_INDONESIAN = new Set(["bank", "forum"]);

export function looksEnglishName(name: string): boolean {
  const words = name.split(/[\s\-–]+/u).filter(Boolean).map(foldWord);
  if (words.length < 2) return false;
  return words.some((w) => ENGLISH_CONNECTORS.has(w) || (ORGANISATION_WORDS.has(w) && !SHARED_WITH_INDONESIAN.has(w)));
}

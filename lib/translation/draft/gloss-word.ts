// Glosses one word token. Returns null when the word is unknown, so the caller keeps the
// original text (names, loanwords and typos pass through unchanged).
import { reduplicationBase, stemCandidates } from "./affixes";
import type { Lexicon } from "./lexicon";

export type WordPosition = { sentenceInitial: boolean };

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string): boolean => word.length > 1 && !/\p{Ll}/u.test(word);

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Naive English plural for reduplicated nouns: the last word gets -s/-es/-ies. */
export function pluralise(gloss: string): string {
  if (/[^aeiou]y$/.test(gloss)) return `${gloss.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(gloss)) return `${gloss}es`;
  return `${gloss}s`;
}

/** Exact spelling first (Rusia, Minggu), then lower case; capitalised words inside a sentence only trust hand entries in lower case. */
function lookupWhole(word: string, lexicon: Lexicon, position: WordPosition): string | null {
  const lower = word.toLowerCase();
  const lowerWords = isCapitalised(word) && !position.sentenceInitial ? lexicon.handWords : lexicon.words;
  return lexicon.functionWords.get(lower) ?? lexicon.words.get(word) ?? lowerWords.get(lower) ?? null;
}

function lookupStem(lower: string, lexicon: Lexicon): string | null {
  for (const stem of stemCandidates(lower)) {
    const gloss = lexicon.words.get(stem);
    if (gloss !== undefined) return gloss;
  }
  return null;
}

function glossHyphenated(word: string, lexicon: Lexicon, position: WordPosition): string | null {
  const base = reduplicationBase(word);
  if (base !== null) {
    const gloss = lexicon.words.get(base) ?? lookupStem(base, lexicon);
    return gloss === null || gloss === undefined ? null : pluralise(gloss);
  }
  // Compounds of names (Rusia-Ukraina) are glossed part by part only when every part is
  // known; otherwise the whole is probably a name such as Jong-un and stays as written.
  const parts = word.split("-");
  const glosses = parts.map((part, i) => lookupWhole(part, lexicon, i === 0 ? position : { sentenceInitial: false }));
  if (glosses.some((gloss) => gloss === null || gloss === "")) {
    return isCapitalised(word) ? null : parts.map((part, i) => glosses[i] || part).join("-");
  }
  return glosses.join("-");
}

function matchCase(source: string, gloss: string): string {
  return isCapitalised(source) && !isAllCaps(source) ? capitalise(gloss) : gloss;
}

/** The English gloss of one word, "" for words that are dropped (para), null when unknown. */
export function glossWord(word: string, lexicon: Lexicon, position: WordPosition): string | null {
  // Acronyms (AS, DPRK) only match entries written in capitals, never a lower-case word.
  if (isAllCaps(word)) return lexicon.words.get(word) ?? null;
  const whole = lookupWhole(word, lexicon, position);
  if (whole !== null) return matchCase(word, whole);
  if (word.includes("-")) {
    const gloss = glossHyphenated(word, lexicon, position);
    return gloss === null ? null : matchCase(word, gloss);
  }
  // A capitalised word inside a sentence that is not in the lexicon is taken for a name.
  if (isCapitalised(word) && !position.sentenceInitial) return null;
  const gloss = lookupStem(word.toLowerCase(), lexicon);
  return gloss === null ? null : matchCase(word, gloss);
}

// Glosses one word token. Returns null when the word is unknown, so the caller keeps the
// original text (names and typos pass through unchanged; loanwords are respelled).
import { affixedReduplication, reduplicationBase, splitClitic, stemCandidates } from "../../text/affixes";
import type { Lexicon } from "./lexicon";
import { respellLoanword } from "./loanwords";

export type WordPosition = {
  sentenceInitial: boolean;
  /** Part of a run of capitalised words ("Dalhousie University"): a name unless a phrase says otherwise. */
  inNameRun?: boolean;
};

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string): boolean => word.length > 1 && !/\p{Ll}/u.test(word);

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Naive English plural for reduplicated nouns: the last word gets -s/-es/-ies. */
export function pluralise(gloss: string): string {
  if (/(s|people|children|men|women|police|data|media)$/.test(gloss)) return gloss;
  if (/[^aeiou]y$/.test(gloss)) return `${gloss.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(gloss)) return `${gloss}es`;
  return `${gloss}s`;
}

const CLITIC_PRONOUN = { ku: "me", mu: "you", nya: "him" } as const;

/**
 * Whole-word lookup. A capitalised word takes its lower-case sense when that sense was
 * written or reviewed by hand ("Barat" is west, "Kejadian" an incident, not Genesis), unless
 * it sits in a run of capitalised words, where it is more likely part of a name.
 */
function lookupWhole(word: string, lexicon: Lexicon, position: WordPosition): string | null {
  const lower = word.toLowerCase();
  const grammar = lexicon.functionWords.get(lower);
  if (grammar !== undefined) return grammar;
  if (!isCapitalised(word)) return lexicon.words.get(word) ?? null;
  const exactHand = lexicon.handWords.get(word);
  if (exactHand !== undefined) return exactHand;
  const handLowerFirst = lexicon.handWords.get(lower);
  const place = lexicon.names.get(word);
  // "di Medan" is the city; "Medan perang …" opening a sentence is a battlefield.
  if (place !== undefined && !(position.sentenceInitial && handLowerFirst !== undefined)) return place;
  const exact = lexicon.words.get(word);
  if (position.inNameRun && !position.sentenceInitial) return exact ?? null;
  const handLower = lexicon.handWords.get(lower);
  if (handLower !== undefined) return handLower;
  return exact ?? (position.sentenceInitial ? (lexicon.words.get(lower) ?? null) : null);
}

/** The first stem in the lexicon; "-nya" on a noun reads "the N" ("penelitiannya" → "the research"). */
function lookupStem(lower: string, lexicon: Lexicon): string | null {
  for (const stem of stemCandidates(lower)) {
    const gloss = lexicon.words.get(stem);
    if (gloss === undefined || gloss === "") continue;
    const possessed = lower === `${stem}nya` && !/^(me|di|ber|ter)/.test(stem) && !lexicon.functionWords.has(stem);
    return possessed && !/^(the|a|an) /.test(gloss) ? `the ${gloss}` : gloss;
  }
  return null;
}

/** "padaku" → "to me", "dirinya" → "himself" is in the reviewed list; this covers the rest. */
function glossGrammarClitic(lower: string, lexicon: Lexicon): string | null {
  const split = splitClitic(lower);
  if (!split) return null;
  const host = lexicon.functionWords.get(split.host);
  if (host === undefined || host === "") return null;
  return `${host} ${CLITIC_PRONOUN[split.clitic]}`;
}

const TIME_UNITS = new Set(["tahun", "bulan", "minggu", "hari", "jam", "menit", "abad", "dekade", "pekan", "detik"]);

function glossHyphenated(word: string, lexicon: Lexicon, position: WordPosition): string | null {
  const whole = (w: string) => lexicon.words.get(w) ?? lookupStem(w, lexicon);
  const base = reduplicationBase(word);
  if (base !== null) {
    const gloss = whole(base);
    return gloss === null || gloss === "" ? null : pluralise(gloss.replace(/^the /, ""));
  }
  const affixed = affixedReduplication(word);
  if (affixed) {
    const gloss = whole(affixed.base);
    if (gloss === null || gloss === "") return null;
    if (affixed.prefix === "ber" && TIME_UNITS.has(affixed.base)) return `for ${pluralise(gloss)}`;
    return affixed.prefix === "se" ? `as ${gloss} as possible` : gloss;
  }
  // Compounds of names (Rusia-Ukraina) are glossed part by part only when every part is
  // known; otherwise the whole is probably a name such as Jong-un and stays as written.
  const parts = word.split("-");
  const glosses = parts.map((part, i) => lookupWhole(part, lexicon, i === 0 ? position : { sentenceInitial: false }));
  if (glosses.some((gloss) => gloss === null || gloss === "")) {
    return isCapitalised(word) ? null : parts.map((part, i) => glosses[i] || respellLoanword(part) || part).join("-");
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
  const lower = word.toLowerCase();
  const gloss = glossGrammarClitic(lower, lexicon) ?? lookupStem(lower, lexicon) ?? (isCapitalised(word) ? null : respellLoanword(lower));
  return gloss === null ? null : matchCase(word, gloss);
}

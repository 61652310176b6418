// The longest gazetteer name starting at each word of a sentence. Names may span a hyphen
// ("Guinea-Bissau") or a lower-case "dan" ("Trinidad dan Tobago") but never punctuation,
// so "Rusia-Ukraina" stays two names and "Rusia, Korea" never becomes one.
import { LONGEST_NAME_WORDS, lookupName, type GazetteerEntry } from "./gazetteer";
import { foldWord } from "./fold";
import { isCapitalised, type Token } from "./tokenise";
import { EVERYDAY_NAMES } from "./word-lists";

export type GazetteerSpan = { length: number; entry: GazetteerEntry };

export function gazetteerSpans(text: string, tokens: readonly Token[], initial: (i: number) => boolean): (GazetteerSpan | null)[] {
  return tokens.map((token, i) => {
    if (!isCapitalised(token.text)) return null;
    const span = longestAt(text, tokens, i);
    // "Lima orang tewas": at a sentence start an everyday word is not Peru's capital.
    if (span?.length === 1 && initial(i) && EVERYDAY_NAMES.has(foldWord(token.text))) return null;
    return span;
  });
}

function longestAt(text: string, tokens: readonly Token[], first: number): GazetteerSpan | null {
  const start = tokens[first]?.start ?? 0;
  let best: GazetteerSpan | null = null;
  for (let length = 1; length <= LONGEST_NAME_WORDS; length++) {
    const last = tokens[first + length - 1];
    if (!last) break;
    if (length > 1 && !/^(?:[ \t]+|-)$/u.test(last.gap)) break;
    const entry = lookupName(text.slice(start, last.end));
    if (entry) best = { length, entry };
  }
  return best;
}

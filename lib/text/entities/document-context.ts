// What the whole document says about a word. A capitalised word at a sentence start or in a
// headline proves nothing; the same word capitalised mid-sentence elsewhere ("kata Putin")
// shows it is a name, and the same word in lower case elsewhere ("tentara") shows it is not.
import { foldWord } from "./fold";
import { isCapitalised, tokenise, type Token } from "./tokenise";
import type { SentenceInput } from "./types";

export type SentenceTokens = { text: string; tokens: Token[]; headline: boolean };

export type DocumentContext = {
  sentences: SentenceTokens[];
  /** Folded words seen capitalised mid-sentence in running text. */
  capitalisedInBody: Set<string>;
  /** Folded words seen in lower case anywhere. */
  lowerSeen: Set<string>;
};

/** First word of the sentence, or right after an opening quote, a colon, or a missed sentence end. */
export function isInitial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (index === 0 || !token) return true;
  return /[:“"‘«]\s*$/u.test(token.gap) || /[.!?]["”’)]*\s+$/u.test(token.gap);
}

/**
 * Lines without a final stop that are title case ("Pujian Putin untuk Tentara Korea Utara
 * dalam Perang") or too short to be prose ("Scroll to Top", "ISTANBUL"): capitals there are
 * style, not evidence.
 */
function isHeadline(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?]["”’)]*$/u.test(text.trim())) return false;
  if (tokens.length <= 4) return true;
  const long = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (long.length < 3) return false;
  return long.filter((t) => isCapitalised(t.text)).length / long.length >= 0.6;
}

export function buildContext(input: readonly SentenceInput[]): DocumentContext {
  const capitalisedInBody = new Set<string>();
  const lowerSeen = new Set<string>();
  const sentences = input.map(({ text }) => {
    const tokens = tokenise(text);
    const headline = isHeadline(text, tokens);
    tokens.forEach((token, i) => {
      const folded = foldWord(token.text);
      if (/^\p{Ll}/u.test(token.text)) lowerSeen.add(folded);
      else if (isCapitalised(token.text) && !headline && !isInitial(tokens, i)) capitalisedInBody.add(folded);
    });
    return { text, tokens, headline };
  });
  return { sentences, capitalisedInBody, lowerSeen };
}

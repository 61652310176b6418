// Capitalised runs: the words that may form names, with titles cut out and sentence-initial
// ordinary words trimmed. A run is later chunked into gazetteer names and unknown names.
import type { DocumentContext, SentenceTokens } from "./document-context";
import { isInitial } from "./document-context";
import { isCommonWord } from "../common-words";
import { NAME_WORDS } from "../name-words";
import { foldWord, isAcronym } from "./fold";
import { gazetteerSpans, type GazetteerSpan } from "./gazetteer-spans";
import { titleLengthAt } from "./titles";
import { isCamelCase, isCapitalised } from "./tokenise";
import { CALENDAR_WORDS, CONNECTORS, FUNCTION_WORDS, NAME_HEADS, endsName } from "./word-lists";

/** Token indices, inclusive. */
export type NameRun = { first: number; last: number };

export type SentenceScan = { runs: NameRun[]; titles: NameRun[]; gazetteer: (GazetteerSpan | null)[] };

export function scanSentence(sentence: SentenceTokens, context: DocumentContext): SentenceScan {
  const { tokens, text } = sentence;
  const initial = (i: number) => isInitial(tokens, i);
  const gazetteer = gazetteerSpans(text, tokens, initial);
  const words = tokens.map((t) => t.text);
  const titleAt = tokens.map((_, i) => {
    const length = titleLengthAt(words, i);
    // A gazetteer name that is longer wins: "Kepala Staf Gabungan" is a body, not a title.
    return length > (gazetteer[i]?.length ?? 0) && tokens[i + length - 1] !== undefined ? length : 0;
  });
  const nameWord = (i: number) => isNameWord(sentence, context, i);
  const runs: NameRun[] = [];
  const titles: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const title = titleAt[i] ?? 0;
    if (title > 0) {
      titles.push({ first: i, last: i + title - 1 });
      i += title;
      continue;
    }
    if (!gazetteer[i] && !nameWord(i)) {
      i += 1;
      continue;
    }
    let last = i + (gazetteer[i]?.length ?? 1) - 1;
    for (let next = continuation(sentence, last, gazetteer, titleAt, nameWord); next > last; ) {
      last = next;
      next = continuation(sentence, last, gazetteer, titleAt, nameWord);
    }
    const trimmed = trimInitial({ first: i, last }, sentence, context, gazetteer);
    if (trimmed) runs.push(trimmed);
    i = last + 1;
  }
  return { runs, titles, gazetteer };
}

/** The new last index if the run ending at `last` continues, else `last`. */
function continuation(
  { tokens }: SentenceTokens,
  last: number,
  gazetteer: readonly (GazetteerSpan | null)[],
  titleAt: readonly number[],
  nameWord: (i: number) => boolean,
): number {
  const next = last + 1;
  const token = tokens[next];
  if (!token || (titleAt[next] ?? 0) > 0) return last;
  const spaced = /^[ \t]+$/u.test(token.gap);
  const span = gazetteer[next];
  if ((spaced || token.gap === "-") && (span || nameWord(next))) return next + (span?.length ?? 1) - 1;
  if (token.gap === "-" && /^\p{Ll}/u.test(token.text)) {
    // "Jong-un" continues the name; "Putin-nya" and "Seoul-based" end it.
    return endsName(foldWord(token.text)) ? last : next;
  }
  const after = tokens[next + 1];
  if (spaced && CONNECTORS.has(token.text) && after && /^[ \t]+$/u.test(after.gap) && nameWord(next + 1)) return next + 1;
  return last;
}

function isNameWord({ tokens, headline }: SentenceTokens, context: DocumentContext, i: number): boolean {
  const token = tokens[i];
  if (!token || !isCapitalised(token.text)) return false;
  const folded = foldWord(token.text);
  if (FUNCTION_WORDS.has(folded) || CALENDAR_WORDS.has(folded)) return false;
  const previous = tokens[i - 1];
  const following = tokens[i + 1];
  // "Teman-teman" is reduplication; "neo-Nazi" is a compound of an ordinary word.
  if (following?.gap === "-" && foldWord(following.text) === folded) return false;
  if (token.gap === "-" && previous && (/^\p{Ll}/u.test(previous.text) || foldWord(previous.text) === folded)) return false;
  if (!headline || isAcronym(token.text)) return true;
  return context.capitalisedInBody.has(folded) && !context.lowerSeen.has(folded);
}

/** Drops a sentence-initial word that is capitalised only because it opens the sentence. */
function trimInitial(
  run: NameRun,
  { tokens }: SentenceTokens,
  context: DocumentContext,
  gazetteer: readonly (GazetteerSpan | null)[],
): NameRun | null {
  const token = tokens[run.first];
  if (!token || !isInitial(tokens, run.first) || gazetteer[run.first]) return run;
  const folded = foldWord(token.text);
  if (isAcronym(token.text) || isCamelCase(token.text)) return run;
  if (NAME_HEADS.has(folded) && run.last > run.first) return run;
  if (context.capitalisedInBody.has(folded) && !context.lowerSeen.has(folded)) return run;
  const rest = { first: run.first + 1, last: run.last };
  // Not an ordinary word, so capitalised for itself: "Trudeau mengatakan …", "Michael Fallon …".
  const ordinary = context.lowerSeen.has(folded) || (isCommonWord(folded) && !NAME_WORDS.has(folded));
  if (!ordinary && !/^\p{Ll}/u.test(token.text)) return run;
  if (rest.first > rest.last) return null;
  if (context.lowerSeen.has(folded) || ordinary) return rest;
  // "Rakyat Rusia", "Komentar Putin": the rest is a known name, so the opener is ordinary.
  const second = tokens[rest.first];
  const restIsKnown = gazetteer[rest.first] || (second && context.capitalisedInBody.has(foldWord(second.text)));
  return restIsKnown ? rest : run;
}

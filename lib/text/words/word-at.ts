// Which word a tap landed on, found in the sentence's text at tap time (the reader has no
// element per word), and whether it is a word worth looking up at all: numbers,
// punctuation, web addresses, acronyms and names are not offered.

export type WordSpan = { word: string; start: number; end: number };

// Letters with inner hyphens and apostrophes (negara-negara, Ma'ruf), as the draft tokenizer reads them.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|\.(?:com|id|org|net|co|go|ac|io)\b|\/\S/iu;
const SENTENCE_END = /[.!?…:"“”(]\s*$/u;

/** Every word of a sentence, in order. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The whitespace-delimited run around a span: "kompas.com/berita" is one address, not three words. */
function runAround(text: string, span: WordSpan): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? " ")) start--;
  while (end < text.length && !/\s/u.test(text[end] ?? " ")) end++;
  return text.slice(start, end);
}

export function isOfferedWord(text: string, span: WordSpan): boolean {
  const run = runAround(text, span);
  if (/\p{N}/u.test(run)) return false; // 1950-an, COVID-19, 28/04
  if (URL_LIKE.test(run)) return false;
  if (span.word.length > 1 && !/\p{Ll}/u.test(span.word)) return false; // AS, DPR, KPK
  const sentenceInitial = span.start === 0 || SENTENCE_END.test(text.slice(0, span.start));
  return sentenceInitial || !/^\p{Lu}/u.test(span.word); // a capital inside a sentence is a name
}

/** The offered word covering a character offset, or null (a space, a number, a name). */
export function wordAt(text: string, offset: number): WordSpan | null {
  for (const span of wordSpans(text)) {
    // A caret offset sits between characters: the end of a word still touches it.
    if (offset >= span.start && offset <= span.end) return isOfferedWord(text, span) ? span : null;
    if (span.start > offset) break;
  }
  return null;
}

/** The offered words of a sentence: what the keyboard steps through. */
export function offeredWords(text: string): WordSpan[] {
  return wordSpans(text).filter((span) => isOfferedWord(text, span));
}

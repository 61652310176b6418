// Where a search query's words occur in a piece of text, for marking them in the reader
// after following a search result. Mirrors the index's matching: case and accents do not
// matter, words match whole, and the last word also matches as a prefix.

export type TermSpan = { start: number; end: number };

const WORD = /[\p{L}\p{N}]/u;

/** One character folded like unicode61 with remove_diacritics: lower case, marks dropped. */
function foldChar(char: string): string {
  const folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // Keep offsets 1:1 with the original text: a character never becomes two.
  return folded.length === 1 ? folded : char.toLowerCase().slice(0, 1) || char;
}

export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    out += char.length === 1 && !/[\uD800-\uDFFF]/.test(char) ? foldChar(char) : char;
  }
  return out;
}

export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .map((term) => foldText(term.replace(/[^\p{L}\p{N}]/gu, "")))
    .filter(Boolean)
    .slice(0, 12);
}

export function termSpans(text: string, terms: readonly string[]): TermSpan[] {
  if (terms.length === 0) return [];
  const folded = foldText(text);
  const spans: TermSpan[] = [];
  let i = 0;
  while (i < folded.length) {
    const startsWord = WORD.test(folded[i] ?? "") && (i === 0 || !WORD.test(folded[i - 1] ?? ""));
    if (!startsWord) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < folded.length && WORD.test(folded[end] ?? "")) end += 1;
    const word = folded.slice(i, end);
    const last = terms.length - 1;
    if (terms.some((term, t) => word === term || (t === last && word.startsWith(term)))) spans.push({ start: i, end });
    i = end;
  }
  return spans;
}

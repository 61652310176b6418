// URLs and e-mail addresses contain "." and "?" that the ICU segmenter treats as sentence
// ends ("https://contoh.id/a?x=1" splits after "?"). Their extents are found first so no
// boundary can fall inside them.

export type Span = { start: number; end: number };

// Trailing punctuation is sentence punctuation, not part of the address.
// Bare domains count only with a path ("contoh.id/berita?id=3"); "KOMPAS.com" never splits anyway.
const URL =
  /(?:\b(?:https?:\/\/|www\.)|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|id|co|net|org|info|io)\/)[^\s<>"“”‘’]*?(?=[.,;:!?)\]'"”’]*(?:\s|$))/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Cheap pre-checks: the e-mail pattern backtracks through every word of a long paragraph.
  const patterns = [/https?:|www\.|\//iu.test(text) ? URL : null, text.includes("@") ? EMAIL : null];
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when a boundary at `position` (between two characters) would cut a span. */
export function cutsSpan(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}

// Sentence segmentation for Indonesian news: ICU's sentence boundaries, corrected.
// ICU is good at quotes and closing punctuation but splits after titles and initials, inside
// URLs, and before lower-case attribution after "?"/"!"; it misses ends before a number and
// after "…". Each correction is a rule below; the gold files in ./gold measure them.
import { abbreviationKind, opensSentence } from "./sentence-abbreviations";
import { cutsSpan, protectedSpans, type Span } from "./protected-spans";

let segmenter: Intl.Segmenter | null = null;

function icuBoundaries(paragraph: string): number[] {
  segmenter ??= new Intl.Segmenter("id", { granularity: "sentence" });
  const starts: number[] = [];
  for (const { index } of segmenter.segment(paragraph)) if (index > 0) starts.push(index);
  return starts;
}

/** A terminator and the space after it: where "Tahun 2024. 10 orang …" and "ragu… Lalu" end. */
const END_THEN_SPACE = /[.!?…]["'”’)\]]*\s+/gu;

/** Ends ICU does not see: a number after "word." and a capital after "…". */
function extraBoundaries(paragraph: string): number[] {
  const found: number[] = [];
  for (const match of paragraph.matchAll(END_THEN_SPACE)) {
    const end = match.index + match[0].length;
    const next = paragraph[end] ?? "";
    if (match[0].startsWith("…")) {
      if (/\p{Lu}/u.test(next)) found.push(end);
    } else if (/\p{N}/u.test(next) && /[\p{L}\p{N}]{2}$/u.test(paragraph.slice(Math.max(0, match.index - 2), match.index))) {
      found.push(end);
    }
  }
  return found;
}

export function splitSentences(paragraph: string): string[] {
  const spans = protectedSpans(paragraph);
  const candidates = [...new Set([...icuBoundaries(paragraph), ...extraBoundaries(paragraph)])].sort((a, b) => a - b);
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of candidates) {
    if (!keepsBoundary(paragraph, start, boundary, spans)) continue;
    pushTrimmed(sentences, paragraph.slice(start, boundary));
    start = boundary;
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

function pushTrimmed(sentences: string[], piece: string): void {
  const trimmed = piece.trim();
  if (trimmed !== "") sentences.push(trimmed);
}

const OPENING = /^[\s"'“‘(\[«]*/u;
/** Sticky: reads the word at a boundary without copying the rest of the paragraph. */
const NEXT_WORD = /[\s"'“‘(\[«]*([^\s]*)/uy;

function keepsBoundary(paragraph: string, start: number, boundary: number, spans: readonly Span[]): boolean {
  if (cutsSpan(spans, boundary)) return false;
  const before = paragraph.slice(start, boundary);
  // A line break inside a paragraph is an explicit break; respect it.
  if (/\n\s*$/.test(before)) return true;
  NEXT_WORD.lastIndex = boundary;
  const nextWord = NEXT_WORD.exec(paragraph)?.[1] ?? "";
  // "“Benarkah?” tanya dia." — attribution after ?/! continues the sentence.
  if (/^\p{Ll}/u.test(nextWord)) return false;
  const lastToken = (before.trimEnd().match(/[^\s]+$/u)?.[0] ?? "").replace(OPENING, "");
  switch (abbreviationKind(lastToken)) {
    case "prefix":
      return false;
    case "name-part":
      return opensSentence(nextWord.replace(/[^\p{L}]+$/u, ""));
    case "phrase-final":
      return /^\p{Lu}/u.test(nextWord);
    default:
      return true;
  }
}

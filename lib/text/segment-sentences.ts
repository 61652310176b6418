// Sentence segmentation for Indonesian news: ICU's sentence boundaries, corrected.
// ICU is good at quotes and closing punctuation but splits after titles and initials, inside
// URLs and short brackets, and before lower-case attribution after "?"/"!"; it misses ends
// before a number and after "…". Each correction is a rule in sentence-rules.ts; the gold
// files in ./gold measure them. Every step looks at a bounded window around a boundary, so
// the work grows linearly with the paragraph, however long (see segment-sentences.scaling.test.ts).
import { icuBoundaries, type WorkMeter } from "./icu-sentence-boundaries";
import { protectedSpans } from "./protected-spans";
import { BoundaryContext } from "./sentence-rules";

/** A terminator and the space after it: where "Tahun 2024. 10 orang …" and "ragu… Lalu" end. */
const END_THEN_SPACE = /[.!?…]["'”’)\]]*\s+/gu;

/** Ends ICU does not see: a number after "word." and a capital after "…". */
function extraBoundaries(paragraph: string, meter: WorkMeter): number[] {
  const found: number[] = [];
  for (const match of paragraph.matchAll(END_THEN_SPACE)) {
    meter.steps += match[0].length + 2;
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

/** Merges two sorted lists of offsets without duplicates. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (merged.at(-1) !== next) merged.push(next);
  }
  return merged;
}

const hasContent = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * The sentences of one paragraph, trimmed. Punctuation-only pieces ("***", a stray closing
 * quote) stay with the sentence before them.
 */
export function splitSentences(paragraph: string): string[] {
  return splitSentencesMetered(paragraph, { steps: 0 });
}

/** splitSentences, counting the characters examined into `meter` (kept separate: callers map over splitSentences). */
export function splitSentencesMetered(paragraph: string, meter: WorkMeter): string[] {
  const context = new BoundaryContext(paragraph, protectedSpans(paragraph), meter);
  const candidates = mergeSorted(icuBoundaries(paragraph, meter), extraBoundaries(paragraph, meter));
  const pieces: string[] = [];
  let start = 0;
  for (const boundary of candidates) {
    if (!context.keeps(start, boundary)) continue;
    pushPiece(pieces, paragraph.slice(start, boundary));
    start = boundary;
  }
  pushPiece(pieces, paragraph.slice(start));
  return attachPunctuation(pieces);
}

function pushPiece(pieces: string[], piece: string): void {
  if (piece !== "") pieces.push(piece);
}

/** A standalone marker or closing mark at the start of a piece: "*** Jalan …", "” Semua …". */
const LEADING_MARK = /^\s*[*#~=_•·”’»)\]!?.…]+(?=\s)/u;

/** Joins content-free pieces to the sentence before (or, at the start, after) them, then trims. */
function attachPunctuation(pieces: readonly string[]): string[] {
  const sentences: string[] = [];
  let pending = "";
  for (const whole of pieces) {
    let piece = whole;
    const mark = sentences.length > 0 ? LEADING_MARK.exec(piece) : null;
    if (mark) {
      sentences[sentences.length - 1] += mark[0];
      piece = piece.slice(mark[0].length);
    }
    if (!hasContent(piece) && sentences.length > 0) sentences[sentences.length - 1] += piece;
    else if (!hasContent(piece)) pending += piece;
    else {
      sentences.push(pending + piece);
      pending = "";
    }
  }
  if (pending !== "") sentences.push(pending);
  return sentences.map((s) => s.trim()).filter((s) => s !== "");
}

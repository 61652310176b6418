// A sentence element's text as one string, with the way back from a character offset to
// the DOM (a Range), so words are found in the text at tap time and never need an element
// of their own. Text inside a link (a glossary name's mark) counts for the offsets but is
// not offered as a word: a name keeps its own behaviour.
import { wordAt, offeredWords, type WordSpan } from "@/lib/text/words/word-at";

type Piece = { node: Text; start: number; inLink: boolean };
export type SentenceText = { element: HTMLElement; text: string; pieces: Piece[] };

export function readSentence(element: HTMLElement): SentenceText {
  const pieces: Piece[] = [];
  let text = "";
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length, inLink: node.parentElement?.closest("a") !== null && element.contains(node.parentElement?.closest("a") ?? null) });
    text += node.data;
  }
  return { element, text, pieces };
}

function pieceAt(sentence: SentenceText, offset: number): Piece | undefined {
  let found: Piece | undefined;
  for (const piece of sentence.pieces) if (piece.start <= offset) found = piece;
  return found;
}

export function rangeOf(sentence: SentenceText, span: { start: number; end: number }): Range | null {
  const first = pieceAt(sentence, span.start);
  const last = pieceAt(sentence, Math.max(span.start, span.end - 1));
  if (!first || !last) return null;
  const range = new Range();
  range.setStart(first.node, Math.min(span.start - first.start, first.node.length));
  range.setEnd(last.node, Math.min(span.end - last.start, last.node.length));
  return range;
}

const inLink = (sentence: SentenceText, span: WordSpan) => sentence.pieces.some((p) => p.inLink && p.start < span.end && p.start + p.node.length > span.start);

/** The words the keyboard steps through: offered words outside any name mark. */
export function sentenceWords(sentence: SentenceText): WordSpan[] {
  return offeredWords(sentence.text).filter((span) => !inLink(sentence, span));
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The word under a point in a sentence, or null (space, number, name, or beside the text). */
export function wordAtPoint(sentence: SentenceText, x: number, y: number): { span: WordSpan; range: Range } | null {
  const doc = document as CaretDocument;
  const caret = doc.caretPositionFromPoint?.(x, y) ?? null;
  const fallback = caret ? null : (doc.caretRangeFromPoint?.(x, y) ?? null);
  const node = caret?.offsetNode ?? fallback?.startContainer;
  const offset = caret?.offset ?? fallback?.startOffset ?? 0;
  const piece = sentence.pieces.find((p) => p.node === node);
  if (!piece) return null;
  const span = wordAt(sentence.text, piece.start + offset);
  if (!span || inLink(sentence, span)) return null;
  const range = rangeOf(sentence, span);
  if (!range) return null;
  // The caret snaps to the nearest text: only a press on the word itself counts.
  const hit = [...range.getClientRects()].some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
  return hit ? { span, range } : null;
}

// Whether a candidate boundary really ends a sentence. Candidates come in increasing order,
// so the context keeps cursors (protected spans, quotation state) that only move forward, and
// every other check reads a bounded window around the boundary: linear work per paragraph.
import type { WorkMeter } from "./icu-sentence-boundaries";
import type { Span } from "./protected-spans";
import { abbreviationKind, opensSentence } from "./sentence-abbreviations";

/** Longest token or word read on either side of a boundary. */
const TOKEN_WINDOW = 64;
/** A bracket still open at a boundary that closes within this many characters holds the boundary. */
const BRACKET_WINDOW = 40;

const OPENING = /^[\s"'“‘(\[«]*/u;
/** Sticky: reads the word at a boundary without copying the rest of the paragraph. */
const NEXT_WORD = /[\s"'“‘(\[«]*([^\s]{0,64})/uy;

export class BoundaryContext {
  private spanIndex = 0;
  private quotePosition = 0;
  private curlyDepth = 0;
  private straightOpen = false;
  private bracketDepth = 0;

  constructor(
    private readonly paragraph: string,
    private readonly spans: readonly Span[],
    private readonly meter: WorkMeter,
  ) {}

  keeps(start: number, boundary: number): boolean {
    this.advanceQuotes(boundary);
    if (this.cutsSpan(boundary)) return false;
    const { paragraph } = this;
    // A line break inside a paragraph is an explicit break; respect it.
    if (this.lineBreakBefore(boundary, start)) return true;
    NEXT_WORD.lastIndex = boundary;
    const nextWord = NEXT_WORD.exec(paragraph)?.[1] ?? "";
    this.meter.steps += nextWord.length + 1;
    // "“Benarkah?” tanya dia." — attribution after ?/! continues the sentence.
    if (/^\p{Ll}/u.test(nextWord)) return false;
    const before = this.window(Math.max(start, boundary - TOKEN_WINDOW), boundary).trimEnd();
    if (this.insideShortBracket(boundary)) return false;
    if (/(…|\.\.\.)["'”’)\]]*$/u.test(before) && this.insideQuotation()) return false;
    const lastToken = (before.match(/[^\s]+$/u)?.[0] ?? "").replace(OPENING, "");
    const word = nextWord.replace(/[^\p{L}]+$/u, "");
    switch (abbreviationKind(lastToken)) {
      case "prefix":
        return false;
      case "contact":
        return !/^[\p{N}+(]/u.test(nextWord);
      case "name-part":
        return opensSentence(word);
      case "phrase-final":
        return /^\p{Lu}/u.test(nextWord);
      default:
        return true;
    }
  }

  private window(from: number, to: number): string {
    this.meter.steps += to - from;
    return this.paragraph.slice(from, to);
  }

  /** Spans are sorted by start; boundaries only grow, so skip spans that end before this one. */
  private cutsSpan(boundary: number): boolean {
    while ((this.spans[this.spanIndex]?.end ?? Infinity) <= boundary) this.spanIndex++;
    for (let i = this.spanIndex; i < this.spans.length; i++) {
      const span = this.spans[i] as Span;
      this.meter.steps++;
      if (span.start >= boundary) break;
      if (boundary > span.start && boundary < span.end) return true;
    }
    return false;
  }

  private lineBreakBefore(boundary: number, start: number): boolean {
    for (let i = boundary - 1; i >= start && i >= boundary - TOKEN_WINDOW; i--) {
      this.meter.steps++;
      const char = this.paragraph[i] ?? "";
      if (char === "\n") return true;
      if (!/\s/u.test(char)) return false;
    }
    return false;
  }

  /** "(lihat hal. 5. Gambar 2)": a bracket still open at the boundary that closes shortly after it. */
  private insideShortBracket(boundary: number): boolean {
    if (this.bracketDepth === 0) return false;
    const after = this.window(boundary, Math.min(this.paragraph.length, boundary + BRACKET_WINDOW));
    return /^[^([]*[)\]]/u.test(after);
  }

  /** Moves the quotation and bracket state forward to `boundary`, one character at a time, once per paragraph. */
  private advanceQuotes(boundary: number): void {
    for (; this.quotePosition < boundary; this.quotePosition++) {
      this.meter.steps++;
      const char = this.paragraph[this.quotePosition];
      if (char === "“") this.curlyDepth++;
      else if (char === "”") this.curlyDepth = Math.max(0, this.curlyDepth - 1);
      else if (char === '"') this.straightOpen = !this.straightOpen;
      else if (char === "(" || char === "[") this.bracketDepth++;
      else if (char === ")" || char === "]") this.bracketDepth = Math.max(0, this.bracketDepth - 1);
    }
  }

  private insideQuotation(): boolean {
    return this.curlyDepth > 0 || this.straightOpen;
  }
}

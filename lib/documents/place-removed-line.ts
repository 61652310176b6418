// Where a removed line goes back, worked out from the ingest report's positions (where the
// line was in the page, and which page paragraph each stored paragraph came from) rather
// than by preparing the article again: re-preparing would re-segment sentences people
// have since edited, split or merged. Pure, so every case is tested without a database.
import { cleanArticle } from "@/lib/text/clean-article";
import { normalizeText } from "@/lib/text/normalize";
import { splitParagraphLines } from "@/lib/text/split-paragraphs";
import { splitSentences } from "@/lib/text/segment-sentences";
import type { IngestReport } from "./types";

export type RemovedEntry = IngestReport["removed"][number];
export type Layout = { origins: number[]; removed: (RemovedEntry & { paragraph: number; lineIndex: number })[] };

/**
 * A line that was a page paragraph of its own (or a repeated paragraph) becomes a new
 * stored paragraph before the `paragraphAt`-th one (0-based, title excluded); a line
 * inside a kept paragraph goes into that paragraph after the sentences of the lines
 * above it. Sentence counts are the ingest's, so a paragraph split or merged since may
 * receive the line a sentence early or late; it never loses or reorders anything else.
 */
export type LinePlace =
  | { kind: "new-paragraph"; paragraphAt: number; page: number }
  | { kind: "in-paragraph"; paragraphIndex: number; sentencesBefore: number };

const fold = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** The sentences a restored line adds: cleaning and segmentation of that line only. */
export function sentencesOfLine(line: string): string[] {
  const folded = fold(normalizeText(line));
  const sentences = splitSentences(folded);
  return sentences.length > 0 ? sentences : [folded];
}

/**
 * The report's positions, or for a document ingested before they were recorded, the
 * same positions from cleaning the raw text as it was cleaned then (its title, the
 * lines restored so far). Cleaning is pure; no sentence is re-segmented or stored.
 */
export function layoutOf(report: IngestReport, rawText: string, title: string): Layout {
  const recorded = report.removed.every((r) => r.paragraph !== undefined && r.lineIndex !== undefined);
  if (report.origins && recorded) return { origins: [...report.origins], removed: report.removed as Layout["removed"] };
  const cleaned = cleanArticle(normalizeText(rawText), { title, keepLines: report.restored ?? [] });
  const unmatched = [...cleaned.removed];
  const removed = report.removed.map((entry) => {
    // In order, each match used once: a line the page repeats was removed at each place.
    const at = unmatched.findIndex((r) => r.line === entry.line && r.reason === entry.reason);
    const found = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
    return { ...entry, paragraph: found?.paragraph ?? Number.MAX_SAFE_INTEGER, lineIndex: found?.lineIndex ?? -1 };
  });
  return { origins: cleaned.origins, removed };
}

export function placeOf(entry: Layout["removed"][number], layout: Layout, rawText: string, title: string): LinePlace {
  const stored = layout.origins.indexOf(entry.paragraph);
  if (entry.reason === "duplicate" || entry.lineIndex < 0 || stored < 0) {
    return { kind: "new-paragraph", paragraphAt: layout.origins.filter((page) => page < entry.paragraph).length, page: entry.paragraph };
  }
  const pageLines = splitParagraphLines(normalizeText(rawText))[entry.paragraph] ?? [];
  const stillRemoved = new Set(layout.removed.filter((r) => r.paragraph === entry.paragraph && r !== entry).map((r) => r.lineIndex));
  const above = pageLines.slice(0, entry.lineIndex).filter((_, i) => !stillRemoved.has(i));
  // The title was taken from the first kept line of the first paragraph with text.
  if (stored === 0 && above[0] !== undefined && fold(above[0]) === fold(title)) above.shift();
  const sentences = above.length === 0 ? [] : splitSentences(above.join(" "));
  // Without a headline the title is the paragraph's whole first sentence, taken out of it.
  const taken = stored === 0 && sentences[0] !== undefined && fold(sentences[0]) === fold(title) ? 1 : 0;
  return { kind: "in-paragraph", paragraphIndex: stored + 1, sentencesBefore: sentences.length - taken };
}

// Turns raw article text into what gets stored: metadata, the ingest report and the
// ordered sentence segments. Pure composition of lib/text steps, so the CLI, the API
// and the tests all prepare an article the same way.
import { createHash } from "node:crypto";
import { normalizeText } from "@/lib/text/normalize";
import { cleanArticle } from "@/lib/text/clean-article";
import { splitSentences } from "@/lib/text/segment-sentences";
import { indonesianScore } from "@/lib/text/looks-indonesian";
import { MAX_SENTENCES, MAX_TITLE_CHARS } from "@/lib/limits";
import { AppError } from "@/lib/errors";
import type { IngestReport, SegmentKind } from "@/lib/documents/types";

export type PreparedSegment = { paragraphIndex: number; position: number; kind: SegmentKind; source: string };

export type PreparedArticle = {
  title: string;
  dateline: string | null;
  sourceName: string | null;
  contentHash: string;
  report: IngestReport;
  segments: PreparedSegment[];
};

export type PrepareInput = { text: string; title?: string | null; keepLines?: readonly string[] };

/** Same text, whatever its line endings or stray spaces, gives the same hash: duplicates are found. */
export function contentHashOf(normalized: string): string {
  return createHash("sha256").update(normalized).digest("hex");
}

export function prepareArticle(input: PrepareInput): PreparedArticle {
  const normalized = normalizeText(input.text);
  if (normalized.trim() === "") throw new AppError("empty-input", "The article is empty: paste or upload some text.");
  const givenTitle = input.title ? normalizeText(input.title).replace(/\s+/g, " ").trim() : null;
  const cleaned = cleanArticle(normalized, { title: givenTitle, keepLines: input.keepLines });
  const title = (givenTitle || cleaned.title || deriveTitle(cleaned.paragraphs)).slice(0, MAX_TITLE_CHARS);
  const segments = buildSegments(title, cleaned.paragraphs);
  if (segments.every((s) => s.kind === "title")) {
    throw new AppError("empty-input", "Nothing is left to translate after cleaning: the text has only a title or site boilerplate.");
  }
  if (segments.length > MAX_SENTENCES) {
    throw new AppError("too-many-sentences", `The article has ${segments.length} sentences; the limit is ${MAX_SENTENCES}.`);
  }
  const warnings = indonesianScore(cleaned.paragraphs.join("\n")).looksIndonesian
    ? []
    : ["This text does not look like Indonesian; translations may be poor."];
  return {
    title,
    dateline: cleaned.dateline,
    sourceName: cleaned.sourceName,
    contentHash: contentHashOf(normalized),
    report: { removed: cleaned.removed, duplicateParagraphs: cleaned.duplicateParagraphs, warnings },
    segments,
  };
}

function buildSegments(title: string, paragraphs: readonly string[]): PreparedSegment[] {
  const segments: PreparedSegment[] = [{ paragraphIndex: 0, position: 0, kind: "title", source: title }];
  paragraphs.forEach((paragraph, i) => {
    for (const sentence of splitSentences(paragraph)) {
      segments.push({ paragraphIndex: i + 1, position: segments.length, kind: "body", source: sentence });
    }
  });
  return segments;
}

/** Untitled pastes get their first sentence, shortened at a word boundary. */
function deriveTitle(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ? (splitSentences(paragraphs[0])[0] ?? paragraphs[0]) : "Untitled";
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

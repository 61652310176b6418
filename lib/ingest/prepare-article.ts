// Turns raw article text into what gets stored: metadata, the ingest report and the
// ordered sentence segments. Pure composition of lib/text steps, so the CLI, the API
// and the tests all prepare an article the same way. The steps are a generator that
// pauses after each paragraph: the server runs it in time slices (prepareArticleInSlices)
// so one long article does not hold up every other request; the CLI runs it straight.
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
  const steps = prepareSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long the slices run before other requests get the event loop. */
const SLICE_MS = 15;

export async function prepareArticleInSlices(input: PrepareInput): Promise<PreparedArticle> {
  const steps = prepareSteps(input);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

function* prepareSteps(input: PrepareInput): Generator<void, PreparedArticle> {
  const normalized = normalizeText(input.text);
  if (normalized.trim() === "") throw new AppError("empty-input", "The article is empty: paste or upload some text.");
  const givenTitle = input.title ? normalizeText(input.title).replace(/\s+/g, " ").trim() : null;
  const cleaned = cleanArticle(normalized, { title: givenTitle, keepLines: input.keepLines });
  const title = (givenTitle || cleaned.title || deriveTitle(cleaned.paragraphs)).slice(0, MAX_TITLE_CHARS);
  yield;
  const segments = yield* buildSegments(title, cleaned.paragraphs);
  if (segments.every((s) => s.kind === "title")) {
    throw new AppError("empty-input", "Nothing is left to translate after cleaning: the text has only a title or site boilerplate.");
  }
  const warnings = indonesianScore(cleaned.paragraphs.join("\n")).looksIndonesian
    ? []
    : ["This text does not look like Indonesian; translations may be poor."];
  return {
    title,
    dateline: cleaned.dateline,
    sourceName: cleaned.sourceName,
    contentHash: contentHashOf(normalized),
    report: { removed: cleaned.removed, duplicateParagraphs: cleaned.duplicateParagraphs, warnings, origins: cleaned.origins },
    segments,
  };
}

/**
 * The title segment plus the body's sentences. The limit counts body sentences only (the
 * README's "at most 20,000 sentences"), and splitting stops as soon as it is passed: a
 * page of 200,000 paragraphs is refused without splitting all of them.
 */
function* buildSegments(title: string, paragraphs: readonly string[]): Generator<void, PreparedSegment[]> {
  const segments: PreparedSegment[] = [{ paragraphIndex: 0, position: 0, kind: "title", source: title }];
  for (const [i, paragraph] of paragraphs.entries()) {
    for (const sentence of splitSentences(paragraph)) {
      segments.push({ paragraphIndex: i + 1, position: segments.length, kind: "body", source: sentence });
    }
    if (segments.length - 1 > MAX_SENTENCES) {
      const counted = i === paragraphs.length - 1 ? `${segments.length - 1}` : `more than ${MAX_SENTENCES}`;
      throw new AppError("too-many-sentences", `The article has ${counted} sentences; the limit is ${MAX_SENTENCES}.`);
    }
    yield;
  }
  return segments;
}

/** Untitled pastes get their first sentence, shortened at a word boundary. */
function deriveTitle(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ? (splitSentences(paragraphs[0])[0] ?? paragraphs[0]) : "Untitled";
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

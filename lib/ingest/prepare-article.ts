// Turns raw article text into what gets stored: metadata, the ingest report and the
// ordered sentence segments. Pure composition of lib/text steps, so the CLI, the API
// and the tests all prepare an article the same way. The steps are a generator that
// pauses after each paragraph: the server runs it in time slices (prepareArticleInSlices)
// so one long article does not hold up every other request; the CLI runs it straight.
import { createHash } from "node:crypto";
import { normalizeText } from "@/lib/text/normalize";
import { cleanArticle } from "@/lib/text/clean-article";
import { splitSentences } from "@/lib/text/segment-sentences";
import { chooseTitle } from "@/lib/text/detect-title";
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

export type PrepareInput = { text: string; title?: string | null; keepLines?: readonly string[]; pastedHtml?: boolean };

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
  const [first = "", ...others] = cleaned.paragraphs;
  const choice = chooseTitle(givenTitle || cleaned.title, first === "" ? [] : splitSentences(first), others.length > 0, MAX_TITLE_CHARS);
  const title = choice.title;
  yield;
  const segments = yield* buildSegments(choice.ownSegment ? title : null, choice.firstParagraph, others);
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
    report: {
      removed: cleaned.removed,
      duplicateParagraphs: cleaned.duplicateParagraphs,
      warnings,
      origins: cleaned.origins,
      ...(input.pastedHtml ? { pastedHtml: true } : {}),
    },
    segments,
  };
}

/**
 * The title segment (unless the title is only a label) plus the body's sentences; the
 * first paragraph comes already split, without the sentence the title was taken from. The limit counts body sentences only (the
 * README's "at most 20,000 sentences"), and splitting stops as soon as it is passed: a
 * page of 200,000 paragraphs is refused without splitting all of them.
 */
function* buildSegments(title: string | null, firstParagraph: readonly string[], others: readonly string[]): Generator<void, PreparedSegment[]> {
  const segments: PreparedSegment[] = title === null ? [] : [{ paragraphIndex: 0, position: 0, kind: "title", source: title }];
  const paragraphs = [firstParagraph, ...others];
  for (const [i, paragraph] of paragraphs.entries()) {
    for (const sentence of typeof paragraph === "string" ? splitSentences(paragraph) : paragraph) {
      segments.push({ paragraphIndex: i + 1, position: segments.length, kind: "body", source: sentence });
    }
    const body = segments.length - (title === null ? 0 : 1);
    if (body > MAX_SENTENCES) {
      const counted = i === paragraphs.length - 1 ? `${body}` : `more than ${MAX_SENTENCES}`;
      throw new AppError("too-many-sentences", `The article has ${counted} sentences; the limit is ${MAX_SENTENCES}.`);
    }
    yield;
  }
  return segments;
}

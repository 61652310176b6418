// The app's own shapes for documents, as the API, the CLI and the pages see them.
// Prisma rows are reshaped into these in one place (reshape-document.ts).
import type { MentionMark, TargetMark } from "@/lib/glossary/segment-marks";
import type { DocumentEntity } from "@/lib/glossary/types";

import {
  DocumentStatus as DocumentStatuses,
  type EngineNote,
  SegmentStatus as SegmentStatuses,
  type SegmentKind,
} from "@/lib/generated/prisma/enums";

// The schema's enums are the source of truth; these lists are for zod and the UI.
export type DocumentStatus = DocumentStatuses;
export type SegmentStatus = SegmentStatuses;
export type { EngineNote, SegmentKind };
export const DOCUMENT_STATUSES = Object.values(DocumentStatuses);
export const SEGMENT_STATUSES = Object.values(SegmentStatuses);

export type SegmentView = {
  id: string;
  index: number;
  kind: SegmentKind;
  source: string;
  target: string | null;
  status: SegmentStatus;
  engine: string | null;
  version: number;
  /** Glossary: entity mentions in `source` (offsets into it), and where their English occurs in `target`. */
  mentions: MentionMark[];
  targetMarks: TargetMark[];
  /** Checks raised after translation, e.g. "term-mismatch". */
  flags: string[];
  /** A reference pair's alignment confidence, 0–1 (0: one-sided); absent for other pairs. */
  alignConfidence?: number | null;
};

/** A sentence whose translation failed every attempt, with the last reason; it can be retried. */
export type TranslationFailureView = { segmentId: string; reason: string };

export type ParagraphView = {
  index: number;
  segments: SegmentView[];
};

/** `linking`: while a long article's names are still being linked, how many segments are done. */
export type Progress = { translated: number; total: number; linking?: number };

export type IngestReport = {
  /** Where each removed line was in the page (see RemovedLine in lib/text/clean-article). */
  removed: { line: string; reason: string; rule?: string; paragraph?: number; lineIndex?: number }[];
  duplicateParagraphs: number;
  warnings: string[];
  /** Lines the reader put back with "restore"; cleaning keeps them from then on. */
  restored?: string[];
  /**
   * The page paragraph each stored paragraph comes from (paragraphIndex - 1 indexes it),
   * recorded at ingest so a restore finds a line's place without cleaning the text again.
   * Absent on documents ingested before it was recorded.
   */
  origins?: number[];
  /** Pasted as a page's HTML source: read like an uploaded web page, not word for word. */
  pastedHtml?: boolean;
};

export type DocumentView = {
  id: string;
  title: string;
  sourceName: string | null;
  sourceUrl: string | null;
  dateline: string | null;
  status: DocumentStatus;
  engine: string | null;
  /** Why the English is not (yet) the neural model's: a code the UI localises; never a server path. */
  engineNote: EngineNote | null;
  createdAt: string;
  progress: Progress;
  report: IngestReport;
  paragraphs: ParagraphView[];
  /** Glossary: the entities this document names (see lib/glossary/list-document-entities). */
  entities: DocumentEntity[];
  translationFailures: TranslationFailureView[];
  /** The change sequence this view is up to date with: pass it as `?since=` for what changed after. */
  changeVersion: number;
};

/** GET /api/documents/:id?since= — the sentences changed after `since`, each with its paragraph. */
export type DocumentChanges = Pick<DocumentView, "id" | "status" | "engine" | "engineNote" | "progress" | "changeVersion" | "translationFailures"> & {
  segments: (SegmentView & { paragraphIndex: number })[];
};

export type DocumentSummary = {
  id: string;
  title: string;
  sourceName: string | null;
  status: DocumentStatus;
  engine: string | null;
  createdAt: string;
  progress: Progress;
};

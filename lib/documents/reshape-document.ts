// Prisma rows → the app's DocumentView. The only place that knows both shapes.
import type {
  DocumentStatus,
  DocumentView,
  EngineNote,
  IngestReport,
  ParagraphView,
  SegmentKind,
  SegmentStatus,
  SegmentView,
  TranslationFailureView,
} from "./types";
import { z } from "zod";
import { mentionMarks, targetMarks, type MentionRow } from "@/lib/glossary/segment-marks";
import { parseStringList } from "@/lib/text/string-list";
import type { DocumentEntity } from "@/lib/glossary/types";

type SegmentRow = {
  id: string;
  paragraphIndex: number;
  position: number;
  kind: SegmentKind;
  source: string;
  target: string | null;
  status: SegmentStatus;
  engine: string | null;
  version: number;
  alignConfidence?: number | null;
  flags?: unknown;
  mentions?: readonly MentionRow[];
};

type DocumentRow = {
  id: string;
  title: string;
  sourceName: string | null;
  sourceUrl: string | null;
  dateline: string | null;
  status: DocumentStatus;
  engine: string | null;
  engineNote: EngineNote | null;
  report: unknown;
  createdAt: Date;
  /** Absent in rows read before staged linking existed (tests' fixtures): fully linked. */
  linkingFrom?: number | null;
};

export function reshapeSegment(row: SegmentRow): SegmentView {
  return {
    id: row.id,
    index: row.position,
    kind: row.kind,
    source: row.source,
    target: row.target,
    status: row.status,
    engine: row.engine,
    version: row.version,
    mentions: mentionMarks(row.mentions ?? []),
    targetMarks: targetMarks(row.target, row.mentions ?? []),
    flags: parseStringList(row.flags),
    ...(row.alignConfidence == null ? {} : { alignConfidence: row.alignConfidence }),
  };
}

export function groupParagraphs(rows: readonly SegmentRow[]): ParagraphView[] {
  const paragraphs = new Map<number, SegmentView[]>();
  for (const row of rows) {
    const list = paragraphs.get(row.paragraphIndex) ?? [];
    list.push(reshapeSegment(row));
    paragraphs.set(row.paragraphIndex, list);
  }
  return [...paragraphs.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, segments]) => ({ index, segments: segments.sort((a, b) => a.index - b.index) }));
}

const EMPTY_REPORT: IngestReport = { removed: [], duplicateParagraphs: 0, warnings: [], restored: [] };

const reportSchema = z.object({
  removed: z
    .array(z.object({ line: z.string(), reason: z.string(), rule: z.string().optional(), paragraph: z.number().int().optional(), lineIndex: z.number().int().optional() }))
    .catch([]),
  duplicateParagraphs: z.number().catch(0),
  warnings: z.array(z.string()).catch([]),
  restored: z.array(z.string()).catch([]),
  origins: z.array(z.number().int()).optional().catch(undefined),
  // Only ever true; absent on reports of typed or uploaded text.
  pastedHtml: z.literal(true).optional().catch(undefined),
});

/** The stored report (a Json column; JSON text from older rows), every field checked. */
export function parseReport(value: unknown): IngestReport {
  let json = value;
  if (typeof value === "string") {
    try {
      json = JSON.parse(value);
    } catch {
      return EMPTY_REPORT;
    }
  }
  const parsed = reportSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : EMPTY_REPORT;
}

export function reshapeDocument(
  row: DocumentRow,
  segments: readonly SegmentRow[],
  entities: DocumentEntity[] = [],
  translationFailures: TranslationFailureView[] = [],
  changeVersion = 0,
): DocumentView {
  const translated = segments.filter((s) => s.status !== "pending").length;
  return {
    id: row.id,
    title: row.title,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    dateline: row.dateline,
    status: row.status,
    engine: row.engine,
    engineNote: row.engineNote,
    createdAt: row.createdAt.toISOString(),
    progress: { translated, total: segments.length, ...(row.linkingFrom != null ? { linking: row.linkingFrom } : {}) },
    report: parseReport(row.report),
    paragraphs: groupParagraphs(segments),
    entities,
    translationFailures,
    changeVersion,
  };
}

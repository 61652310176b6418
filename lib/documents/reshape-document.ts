// Prisma rows → the app's DocumentView. The only place that knows both shapes.
import type {
  DocumentStatus,
  DocumentView,
  IngestReport,
  ParagraphView,
  SegmentKind,
  SegmentStatus,
  SegmentView,
} from "./types";
import { mentionMarks, targetMarks, type MentionRow } from "@/lib/glossary/segment-marks";
import { parseStringList } from "@/lib/text/string-list";
import type { DocumentEntity } from "@/lib/glossary/types";

type SegmentRow = {
  id: string;
  paragraphIndex: number;
  position: number;
  kind: string;
  source: string;
  target: string | null;
  status: string;
  engine: string | null;
  version: number;
  flags?: string;
  mentions?: readonly MentionRow[];
};

type DocumentRow = {
  id: string;
  title: string;
  sourceName: string | null;
  sourceUrl: string | null;
  dateline: string | null;
  status: string;
  engine: string | null;
  engineNote: string | null;
  report: string;
  createdAt: Date;
};

export function reshapeSegment(row: SegmentRow): SegmentView {
  return {
    id: row.id,
    index: row.position,
    kind: row.kind as SegmentKind,
    source: row.source,
    target: row.target,
    status: row.status as SegmentStatus,
    engine: row.engine,
    version: row.version,
    mentions: mentionMarks(row.mentions ?? []),
    targetMarks: targetMarks(row.target, row.mentions ?? []),
    flags: parseStringList(row.flags ?? "[]"),
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

export function parseReport(json: string): IngestReport {
  try {
    const value = JSON.parse(json) as Partial<IngestReport>;
    return {
      removed: value.removed ?? [],
      duplicateParagraphs: value.duplicateParagraphs ?? 0,
      warnings: value.warnings ?? [],
      restored: value.restored ?? [],
    };
  } catch {
    return { removed: [], duplicateParagraphs: 0, warnings: [], restored: [] };
  }
}

export function reshapeDocument(row: DocumentRow, segments: readonly SegmentRow[], entities: DocumentEntity[] = []): DocumentView {
  const translated = segments.filter((s) => s.status !== "pending").length;
  return {
    id: row.id,
    title: row.title,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    dateline: row.dateline,
    status: row.status as DocumentStatus,
    engine: row.engine,
    engineNote: row.engineNote,
    createdAt: row.createdAt.toISOString(),
    progress: { translated, total: segments.length },
    report: parseReport(row.report),
    paragraphs: groupParagraphs(segments),
    entities,
  };
}

// The rows an export reads, whichever database they come from (lib/db/queries/<provider>/
// export-*.ts). The formats (stream-*.ts) only ever see these.

export type Pair = {
  id: string;
  documentId: string;
  documentTitle: string;
  paragraphIndex: number;
  position: number;
  source: string;
  target: string;
  status: string;
  /** The engine that produced the English; it stays when a person corrects the text. */
  engine: string | null;
  /** Who last edited or approved the English; null while nobody has. */
  reviewedBy: string | null;
  /** A published translation's alignment confidence, 0–1 to three places (1 once a person moved its boundary); null for other pairs. */
  alignConfidence: number | null;
  /** When the document was created (its segments with it, at ingest): ISO 8601 UTC text. */
  createdAt: string;
  /** ISO 8601 UTC text. Formats that print dates convert it themselves (stored-date.ts). */
  updatedAt: string;
};

export type ExportMention = {
  start: number;
  end: number;
  surface: string;
  entry: { source: string; target: string | null; type: string };
};

export type GlossaryRow = { key: string; source: string; target: string | null; type: string };

/** Rows per read; `documents` is SQLite's keyset page of documents (PostgreSQL reads one cursor). */
export type BatchSizes = { pairs: number; documents: number };
export const BATCH_SIZES: BatchSizes = { pairs: 2_000, documents: 500 };

export type ExportStats = {
  pairs: number;
  sourceWords: number;
  targetWords: number;
  byStatus: Record<string, number>;
  /** The engine that produced the English, kept when a person corrects it. */
  byEngine: Record<string, number>;
  /** Edited or approved pairs by who last edited or approved them. */
  byReviewer: Record<string, number>;
  /** Pairs nobody has reviewed (machine and memory). */
  unreviewed: number;
  /** Unreviewed draft pairs that pass every other choice but are left out (0 with drafts=1). */
  draftsLeftOut: number;
};

export type MentionRow = { segmentId: string; start: number; end: number; surface: string; source: string; target: string | null; type: string };

/** Mention rows (in text order) grouped by segment. */
export function groupMentions(rows: readonly MentionRow[]): Map<string, ExportMention[]> {
  const bySegment = new Map<string, ExportMention[]>();
  for (const row of rows) {
    const list = bySegment.get(row.segmentId) ?? [];
    list.push({ start: row.start, end: row.end, surface: row.surface, entry: { source: row.source, target: row.target, type: row.type } });
    bySegment.set(row.segmentId, list);
  }
  return bySegment;
}

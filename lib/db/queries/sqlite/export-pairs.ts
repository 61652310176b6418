import "server-only";
// Reads the aligned pairs of an export in document order (document createdAt, id, then
// position), a batch at a time with keyset pagination, so an export of any size holds
// one batch in memory and each query starts where the last one stopped.
import type { PairFilter } from "./export-options";
import type { ExportDatabase } from "./export-database";
import { dedupeCondition, pairConditions, pairParams } from "./pair-filter";

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
  /** When the segment was created (with its document, at ingest), as stored: ISO 8601 text. */
  createdAt: string;
  /** As stored: ISO 8601 text. Formats that print dates convert it themselves. */
  updatedAt: string;
};

type DocumentRow = { id: string; title: string; createdAt: string };

export type BatchSizes = { pairs: number; documents: number };
const BATCH_SIZES: BatchSizes = { pairs: 2_000, documents: 500 };

/** `sizes` exists for tests that cross batch boundaries with a handful of rows. */
export async function* readPairBatches(handle: ExportDatabase, filter: PairFilter, sizes: BatchSizes = BATCH_SIZES): AsyncGenerator<Pair[]> {
  // The document's columns come back as bound parameters, so rows arrive Pair-shaped
  // with no per-row copying (measured: the copy cost more than the query).
  const segments = handle.prepare<Record<string, unknown>, Pair>(`
    SELECT s.id, s.documentId, @documentTitle AS documentTitle, s.paragraphIndex, s.position, s.source, s.target,
      s.status, s.engine, s.reviewedBy, round(s.alignConfidence, 3) AS alignConfidence, @documentCreatedAt AS createdAt, s.updatedAt
    FROM Segment s
    WHERE s.documentId = @documentId AND s.position > @after AND ${pairConditions("s", filter)}
      ${filter.dedupe ? `AND ${dedupeCondition("s", filter, "@documentCreatedAt", "@documentId")}` : ""}
    ORDER BY s.position LIMIT ${sizes.pairs}`);
  const params = pairParams(filter);
  for (const document of readDocuments(handle, filter, sizes.documents)) {
    let after = -1;
    for (;;) {
      const rows = segments.all({ ...params, documentId: document.id, documentTitle: document.title, documentCreatedAt: document.createdAt, after });
      if (rows.length > 0) yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < sizes.pairs) break;
      after = last.position;
    }
  }
}

/** The selected documents in export order, themselves read in keyset batches. */
function* readDocuments(handle: ExportDatabase, filter: PairFilter, batch: number): Generator<DocumentRow> {
  const where = filter.documentIds ? "AND id IN (SELECT value FROM json_each(@documentIds))" : "";
  const page = handle.prepare<Record<string, unknown>, DocumentRow>(`
    SELECT id, title, createdAt FROM Document
    WHERE "deletedAt" IS NULL AND (@first = 1 OR createdAt > @createdAt OR (createdAt = @createdAt AND id > @id)) ${where}
    ORDER BY createdAt, id LIMIT ${batch}`);
  let cursor = { first: 1, createdAt: "", id: "" };
  for (;;) {
    const rows = page.all({ ...pairParams(filter), ...cursor });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    cursor = { first: 0, createdAt: last.createdAt, id: last.id };
  }
}

/** Every selected pair, one at a time, for callers that do not care about batches. */
export async function* readPairs(handle: ExportDatabase, filter: PairFilter): AsyncGenerator<Pair> {
  for await (const batch of readPairBatches(handle, filter)) yield* batch;
}

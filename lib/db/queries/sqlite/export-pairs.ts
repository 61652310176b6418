import "server-only";
// Reads the aligned pairs of an export in document order (document createdAt, id, then
// position), a batch at a time with keyset pagination, so an export of any size holds
// one batch in memory and each query starts where the last one stopped.
import type { PairFilter } from "@/lib/export/export-options";
import { BATCH_SIZES, type BatchSizes, type Pair } from "@/lib/export/export-rows";
import type { ExportDatabase } from "./export-snapshot";
import { dedupeCondition, pairConditions, pairParams } from "./pair-filter";

type DocumentRow = { id: string; title: string; createdAt: string };

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

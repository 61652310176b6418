// The WHERE clause of every SQLite export and of its statistics, built in one place so a
// download always contains exactly the pairs the statistics counted. Not "server-only":
// the statistics worker thread (count-stats.worker.ts) runs it in plain Node.
import type { PairFilter } from "@/lib/export/export-options";

export type SqlParams = Record<string, string | number>;

// "checked" means a person edited or approved the sentence. Engine output (machine) and
// memory fills (memory) are unreviewed, so only "translated" includes them.
const STATUS_SQL: Record<PairFilter["status"], (alias: string) => string> = {
  translated: (a) => `${a}.status <> 'pending'`,
  checked: (a) => `${a}.status IN ('edited', 'approved')`,
  approved: (a) => `${a}.status = 'approved'`,
};

/**
 * An unreviewed draft: output of the offline draft engine nobody has touched. Once a
 * person edited or approved it, it is a checked translation whatever engine produced
 * it. Memory fills are not drafts: their text is a person's translation of the same
 * source, copied; they are left out of "checked" instead.
 */
export function draftCondition(alias: string): string {
  return `(${alias}.status = 'machine' AND substr(coalesce(${alias}.engine, ''), 1, 6) = 'draft:')`;
}

/** Conditions on one Segment alias; bind `pairParams(filter)` alongside. */
export function pairConditions(alias: string, filter: PairFilter): string {
  const parts = [`${alias}.target IS NOT NULL`, STATUS_SQL[filter.status](alias), inLiveDocument(alias)];
  if (!filter.drafts) parts.push(`NOT ${draftCondition(alias)}`);
  if (filter.documentIds) parts.push(`${alias}.documentId IN (SELECT value FROM json_each(@documentIds))`);
  return parts.join(" AND ");
}

/**
 * Trashed documents are never exported, and never hide a live pair from dedupe. The
 * subquery is not correlated: SQLite evaluates it once (through the deletedAt index)
 * and answers each row from that list.
 */
export function inLiveDocument(alias: string): string {
  return `${alias}.documentId NOT IN (SELECT id FROM Document WHERE "deletedAt" IS NOT NULL)`;
}

export function pairParams(filter: PairFilter): SqlParams {
  return filter.documentIds ? { documentIds: JSON.stringify(filter.documentIds) } : {};
}

/**
 * Keeps a pair only if no identical (source, target) pair that also passes the filter
 * comes earlier in export order (document createdAt, document id, position). SQLite
 * answers it per row through the index on sourceHash (then compares the texts), so memory stays flat at any corpus
 * size and the batches can still be read with keyset pagination. `documentCreatedAt`
 * and `documentId` are SQL expressions for the outer row's document.
 */
export function dedupeCondition(alias: string, filter: PairFilter, documentCreatedAt: string, documentId: string): string {
  return `NOT EXISTS (SELECT 1 FROM Segment e JOIN Document ed ON ed.id = e.documentId
    WHERE e.sourceHash = ${alias}.sourceHash AND e.source = ${alias}.source AND e.target = ${alias}.target AND ${pairConditions("e", filter)}
      AND (ed.createdAt < ${documentCreatedAt} OR (ed.createdAt = ${documentCreatedAt}
        AND (ed.id < ${documentId} OR (ed.id = ${documentId} AND e.position < ${alias}.position)))))`;
}

/**
 * Words as whitespace-separated runs, in plain SQL (no user-defined function, so the
 * count runs inside SQLite). Tab, CR and LF become spaces; a run of spaces collapses
 * to one by the pair trick (" " → \x01\x02, drop \x02\x01, back to " "); then
 * words = spaces + 1.
 */
export function wordCountSql(column: string): string {
  const spaced = `trim(replace(replace(replace(coalesce(${column}, ''), char(9), ' '), char(10), ' '), char(13), ' '))`;
  const collapsed = `replace(replace(replace(${spaced}, ' ', char(1, 2)), char(2, 1), ''), char(1, 2), ' ')`;
  return `(CASE WHEN ${spaced} = '' THEN 0 ELSE length(${collapsed}) - length(replace(${collapsed}, ' ', '')) + 1 END)`;
}

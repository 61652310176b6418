// The export statistics' SQL: what a download would contain, counted with the very WHERE
// clause the export uses. No "server-only" here or in pair-filter.ts: this also runs in
// the statistics worker thread (count-stats.worker.ts), which is plain Node, where that
// import would throw; the server-side entry (export-stats.ts) keeps the guard.
import type Database from "better-sqlite3";
import type { PairFilter } from "./export-options";
import { dedupeCondition, draftCondition, pairConditions, pairParams, wordCountSql } from "./pair-filter";
import { UNKNOWN_ENGINE, UNKNOWN_REVIEWER } from "./stats-keys";

type ExportDatabase = Database.Database;

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

/** Statistics with the corpus version and database they were counted on (the cache key's parts). */
export type CountedStats = { version: number; database: string; stats: ExportStats };

type GroupRow = { status: string; engine: string | null; reviewedBy: string | null; pairs: number; sourceWords: number | null; targetWords: number | null };

const REVIEWED = new Set(["edited", "approved"]);

/**
 * Bumped by triggers on every change an export counts (migration *_corpus_version). A
 * trigger-kept counter is the cheapest correct version: one indexed row to read, raised
 * inside the writer's own transaction so no writer (web, worker, CLI) can forget it.
 * max(Segment.updatedAt) plus counts would scan (no index) and miss raw-SQL writes that
 * leave updatedAt alone, and a delete plus an insert can leave the counts unchanged.
 */
export function readCorpusVersion(handle: ExportDatabase): number {
  const row = handle.prepare<[], { version: number }>(`SELECT "version" FROM "CorpusVersion" WHERE "id" = 1`).get();
  // No row means a database older than the migration: -1 is never a real version, and
  // such a database is migrated before the app serves it anyway.
  return row?.version ?? -1;
}

export function countExportStats(handle: ExportDatabase, filter: PairFilter): ExportStats {
  const rows = handle
    .prepare<Record<string, unknown>, GroupRow>(`
      SELECT s.status AS status, s.engine AS engine, s.reviewedBy AS reviewedBy, COUNT(*) AS pairs,
        SUM(${wordCountSql("s.source")}) AS sourceWords, SUM(${wordCountSql("s.target")}) AS targetWords
      FROM Segment s JOIN Document d ON d.id = s.documentId
      WHERE ${pairConditions("s", filter)} ${filter.dedupe ? `AND ${dedupeCondition("s", filter, "d.createdAt", "d.id")}` : ""}
      GROUP BY s.status, s.engine, s.reviewedBy`)
    .all(pairParams(filter));
  return { ...summarise(rows), draftsLeftOut: countDraftsLeftOut(handle, filter) };
}

/**
 * Draft pairs the filter holds back, counted before duplicates are removed: what
 * ticking "include drafts" adds (fewer when some drafts repeat a pair already kept).
 */
export function countDraftsLeftOut(handle: ExportDatabase, filter: PairFilter): number {
  if (filter.drafts) return 0;
  const row = handle
    .prepare<Record<string, unknown>, { drafts: number }>(`
      SELECT COUNT(*) AS drafts FROM Segment s
      WHERE ${pairConditions("s", { ...filter, drafts: true })} AND ${draftCondition("s")}`)
    .get(pairParams(filter));
  return row?.drafts ?? 0;
}

/** Whether the filter keeps any pair. The first pair in export order is never a duplicate, so dedupe does not matter. */
export function hasPairs(handle: ExportDatabase, filter: PairFilter): boolean {
  const row = handle
    .prepare<Record<string, unknown>, { found: number }>(`SELECT EXISTS (SELECT 1 FROM Segment s WHERE ${pairConditions("s", filter)}) AS found`)
    .get(pairParams(filter));
  return row?.found === 1;
}

function summarise(rows: readonly GroupRow[]): Omit<ExportStats, "draftsLeftOut"> {
  const stats = { pairs: 0, sourceWords: 0, targetWords: 0, byStatus: {} as Record<string, number>, byEngine: {} as Record<string, number>, byReviewer: {} as Record<string, number>, unreviewed: 0 };
  for (const row of rows) {
    stats.pairs += row.pairs;
    stats.sourceWords += row.sourceWords ?? 0;
    stats.targetWords += row.targetWords ?? 0;
    add(stats.byStatus, row.status, row.pairs);
    add(stats.byEngine, row.engine ?? UNKNOWN_ENGINE, row.pairs);
    if (REVIEWED.has(row.status)) add(stats.byReviewer, row.reviewedBy ?? UNKNOWN_REVIEWER, row.pairs);
    else stats.unreviewed += row.pairs;
  }
  return stats;
}

function add(counts: Record<string, number>, key: string, value: number): void {
  counts[key] = (counts[key] ?? 0) + value;
}

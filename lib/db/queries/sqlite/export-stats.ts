// The export statistics' SQL: what a download would contain, counted with the very WHERE
// clause the export uses. No "server-only" here or in pair-filter.ts: this also runs in
// the statistics worker thread (count-stats.worker.ts), which is plain Node, where that
// import would throw; the server-side entry (export-stats.ts) keeps the guard.
import type Database from "better-sqlite3";
import type { PairFilter } from "@/lib/export/export-options";
import type { ExportStats } from "@/lib/export/export-rows";
import { summariseStats, type GroupRow } from "@/lib/export/summarise-stats";
import { dedupeCondition, draftCondition, pairConditions, pairParams, wordCountSql } from "./pair-filter";

type ExportDatabase = Database.Database;

/** Statistics with the corpus version and database they were counted on (the cache key's parts). */
export type CountedStats = { version: number; database: string; stats: ExportStats };

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
  return { ...summariseStats(rows), draftsLeftOut: countDraftsLeftOut(handle, filter) };
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

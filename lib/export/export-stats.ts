import "server-only";
// What a download would contain, counted in SQL with the very WHERE clause the export
// uses: pairs, words on each side, and the split by status and by engine.
import type { PairFilter } from "./export-options";
import { openExportDatabase } from "./export-database";
import { dedupeCondition, pairConditions, pairParams, wordCountSql } from "./pair-filter";

export type ExportStats = {
  pairs: number;
  sourceWords: number;
  targetWords: number;
  byStatus: Record<string, number>;
  byEngine: Record<string, number>;
};

type GroupRow = { status: string; engine: string | null; pairs: number; sourceWords: number | null; targetWords: number | null };

/** The key for pairs whose engine was never recorded. */
export const UNKNOWN_ENGINE = "unknown";

export function getExportStats(filter: PairFilter): ExportStats {
  const handle = openExportDatabase();
  try {
    const rows = handle
      .prepare<Record<string, unknown>, GroupRow>(`
        SELECT s.status AS status, s.engine AS engine, COUNT(*) AS pairs,
          SUM(${wordCountSql("s.source")}) AS sourceWords, SUM(${wordCountSql("s.target")}) AS targetWords
        FROM Segment s JOIN Document d ON d.id = s.documentId
        WHERE ${pairConditions("s", filter)} ${filter.dedupe ? `AND ${dedupeCondition("s", filter, "d.createdAt", "d.id")}` : ""}
        GROUP BY s.status, s.engine`)
      .all(pairParams(filter));
    return summarise(rows);
  } finally {
    handle.close();
  }
}

function summarise(rows: readonly GroupRow[]): ExportStats {
  const stats: ExportStats = { pairs: 0, sourceWords: 0, targetWords: 0, byStatus: {}, byEngine: {} };
  for (const row of rows) {
    stats.pairs += row.pairs;
    stats.sourceWords += row.sourceWords ?? 0;
    stats.targetWords += row.targetWords ?? 0;
    stats.byStatus[row.status] = (stats.byStatus[row.status] ?? 0) + row.pairs;
    const engine = row.engine ?? UNKNOWN_ENGINE;
    stats.byEngine[engine] = (stats.byEngine[engine] ?? 0) + row.pairs;
  }
  return stats;
}

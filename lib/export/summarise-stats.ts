// Export statistics from per-group counts (status × engine × reviewer), the shape both
// providers' grouped query returns (lib/db/queries/<provider>/export-stats.ts). Pure; no
// "server-only", as the SQLite statistics worker thread runs it in plain Node.
import type { ExportStats } from "./export-rows";
import { UNKNOWN_ENGINE, UNKNOWN_REVIEWER } from "./stats-keys";

export type GroupRow = { status: string; engine: string | null; reviewedBy: string | null; pairs: number; sourceWords: number | null; targetWords: number | null };

const REVIEWED = new Set(["edited", "approved"]);

export function summariseStats(rows: readonly GroupRow[]): Omit<ExportStats, "draftsLeftOut"> {
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

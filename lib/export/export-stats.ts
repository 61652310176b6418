import "server-only";
// Export statistics for a filter, counted at most once per corpus version. Counting a
// million pairs takes seconds of synchronous SQLite work, so a cache miss is counted in a
// worker thread with its own read-only handle: the web process's event loop keeps
// answering other requests meanwhile. Requests for the same key share one count. A small
// corpus is counted in place: a worker's start-up (about a second with the TypeScript
// loader) would cost more than the count.
import { AppError } from "@/lib/errors";
import { runOffThread } from "@/lib/threads/run-off-thread";
import type { PairFilter } from "./export-options";
import { openExportDatabase } from "./export-database";
import { countExportStats, readCorpusVersion, type CountedStats, type ExportStats } from "./count-export-stats";
import { StatsCache, statsCacheKey } from "./stats-cache";
import { UNKNOWN_ENGINE, UNKNOWN_REVIEWER } from "./stats-keys";

export type { ExportStats };
export { UNKNOWN_ENGINE, UNKNOWN_REVIEWER };
export { countDraftsLeftOut, countExportStats, hasPairs } from "./count-export-stats";

const STATS_BUDGET_MS = 120_000;
/** Above this many segment rows (max rowid, read from the index at once), count in a worker thread. */
export const OFF_THREAD_SEGMENT_ROWS = 50_000;

type Shared = { cache: StatsCache<ExportStats>; counting: Map<string, Promise<ExportStats>> };
// Cached on globalThis so Next's dev reloads keep one cache per process.
const shared: Shared = ((globalThis as { exportStats?: Shared }).exportStats ??= { cache: new StatsCache(), counting: new Map() });

export async function getExportStats(filter: PairFilter, offThreadRows = OFF_THREAD_SEGMENT_ROWS): Promise<ExportStats> {
  const handle = openExportDatabase();
  let key: string;
  try {
    handle.exec("BEGIN");
    key = statsCacheKey(filter, readCorpusVersion(handle), handle.name);
    const cached = shared.cache.get(key);
    if (cached) return cached;
    if (segmentRows(handle) <= offThreadRows) {
      const stats = countExportStats(handle, filter);
      shared.cache.set(key, stats);
      return stats;
    }
  } finally {
    handle.close();
  }
  const running = shared.counting.get(key);
  if (running) return running;
  const counting = countOffThread(filter).finally(() => shared.counting.delete(key));
  shared.counting.set(key, counting);
  return counting;
}

function segmentRows(handle: ReturnType<typeof openExportDatabase>): number {
  return handle.prepare<[], { rows: number | null }>(`SELECT MAX(rowid) AS rows FROM "Segment"`).get()?.rows ?? 0;
}

async function countOffThread(filter: PairFilter): Promise<ExportStats> {
  const counted = await runOffThread<PairFilter, CountedStats>({
    name: "export statistics",
    input: filter,
    budgetMs: STATS_BUDGET_MS,
    entry: "lib/export/count-stats.worker.ts",
    overBudget: (reason) => new AppError("too-complex", `Counting the export took ${reason === "time" ? "too long" : "too much memory"}; narrow the choice of documents.`),
  });
  // Keyed by the version the worker counted in its own transaction, so the answer always
  // matches its version even when a write landed in between.
  shared.cache.set(statsCacheKey(filter, counted.version, counted.database), counted.stats);
  return counted.stats;
}

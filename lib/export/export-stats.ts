import "server-only";
// Export statistics for a filter, counted at most once per corpus version. On SQLite,
// counting a million pairs takes seconds of synchronous work, so a cache miss on a large
// corpus is counted in a worker thread with its own read-only handle: the web process's
// event loop keeps answering other requests meanwhile. A small corpus is counted in place:
// a worker's start-up (about a second with the TypeScript loader) would cost more than
// the count. PostgreSQL counts on the server, always in place. Requests for the same key
// share one count.
import { dialect, type ExportSnapshot } from "@/lib/db/queries/dialect";
import type { CountedStats } from "@/lib/db/queries/sqlite/export-stats";
import { AppError } from "@/lib/errors";
import { runOffThread } from "@/lib/threads/run-off-thread";
import type { PairFilter } from "./export-options";
import type { ExportStats } from "./export-rows";
import { StatsCache, statsCacheKey } from "./stats-cache";
import { UNKNOWN_ENGINE, UNKNOWN_REVIEWER } from "./stats-keys";

export type { ExportStats };
export { UNKNOWN_ENGINE, UNKNOWN_REVIEWER };

const STATS_BUDGET_MS = 120_000;
/** Above this many segment rows, SQLite counts in a worker thread. */
export const OFF_THREAD_SEGMENT_ROWS = 50_000;

type Shared = { cache: StatsCache<ExportStats>; counting: Map<string, Promise<ExportStats>> };
// Cached on globalThis so Next's dev reloads keep one cache per process.
const shared: Shared = ((globalThis as { exportStats?: Shared }).exportStats ??= { cache: new StatsCache(), counting: new Map() });

export async function getExportStats(filter: PairFilter, offThreadRows = OFF_THREAD_SEGMENT_ROWS): Promise<ExportStats> {
  const found = await dialect().readExportSnapshot(async (snapshot): Promise<{ key: string; stats?: ExportStats; running?: Promise<ExportStats> }> => {
    const key = statsCacheKey(filter, await snapshot.corpusVersion(), snapshot.database);
    const cached = shared.cache.get(key);
    if (cached) return { key, stats: cached };
    if (await snapshot.countsOffThread(offThreadRows)) return { key };
    // No await between the look-up and the entry: concurrent misses share one count.
    const running = shared.counting.get(key);
    if (running) return { key, running };
    const counting = countInPlace(snapshot, filter, key);
    shared.counting.set(key, counting);
    return { key, stats: await counting };
  });
  if (found.stats) return found.stats;
  if (found.running) return found.running;
  const running = shared.counting.get(found.key);
  if (running) return running;
  const counting = countOffThread(filter).finally(() => shared.counting.delete(found.key));
  shared.counting.set(found.key, counting);
  return counting;
}

/** In this snapshot, so the answer matches the version it is cached under. */
async function countInPlace(snapshot: ExportSnapshot, filter: PairFilter, key: string): Promise<ExportStats> {
  try {
    const stats = await snapshot.countStats(filter);
    shared.cache.set(key, stats);
    return stats;
  } finally {
    shared.counting.delete(key);
  }
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

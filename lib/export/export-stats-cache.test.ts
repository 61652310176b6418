import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { countExportStats as countOnPostgres } from "@/lib/db/queries/postgres/export-stats";
import { BASE_OPTIONS, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { describeEachProvider } from "@/lib/test/providers";
import { runOffThread } from "@/lib/threads/run-off-thread";
import { getExportStats } from "./export-stats";
import { StatsCache, statsCacheKey } from "./stats-cache";

// The real counts, watched: each call is one count of the corpus. On SQLite the tests pass
// 0 as the off-thread threshold, so even this small corpus is counted in the worker
// thread; PostgreSQL always counts in place, on the server.
vi.mock("@/lib/threads/run-off-thread", async (actual) => {
  const real = await actual<typeof import("@/lib/threads/run-off-thread")>();
  return { runOffThread: vi.fn(real.runOffThread) };
});
vi.mock("@/lib/db/queries/postgres/export-stats", async (actual) => {
  const real = await actual<typeof import("@/lib/db/queries/postgres/export-stats")>();
  return { ...real, countExportStats: vi.fn(real.countExportStats) };
});

let corpus: SeededCorpus;
const clearCounts = () => {
  vi.mocked(runOffThread).mockClear();
  vi.mocked(countOnPostgres).mockClear();
};
const counts = () => vi.mocked(runOffThread).mock.calls.length + vi.mocked(countOnPostgres).mock.calls.length;
afterEach(clearCounts);

/** How many times the statistics were counted while `run` ran. */
async function countingQueries(run: () => Promise<unknown>): Promise<number> {
  clearCounts();
  await run();
  return counts();
}

describeEachProvider("export statistics", (provider) => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
  });

  describe("getExportStats cache", () => {
    it("serves a repeat call with no change from the cache, and counts again after a change", async () => {
      const filter = { ...BASE_OPTIONS, documentIds: [corpus.documentA, corpus.documentB] };
      const first = await getExportStats(filter, 0);
      expect(await countingQueries(async () => expect(await getExportStats(filter, 0)).toEqual(first))).toBe(0);
      // Same pairs chosen in another order: the same entry.
      expect(await countingQueries(() => getExportStats({ ...filter, documentIds: [corpus.documentB, corpus.documentA, corpus.documentA] }, 0))).toBe(0);

      const segment = await db.segment.findFirstOrThrow({ where: { documentId: corpus.documentB, status: "machine" } });
      await db.segment.update({ where: { id: segment.id }, data: { status: "approved", reviewedBy: "ani" } });
      let after = first;
      expect(await countingQueries(async () => (after = await getExportStats(filter, 0)))).toBe(1);
      expect(after.byReviewer.ani).toBe(1);
    });

    it("counts again when a document is trashed or restored, not when nothing counted changes", async () => {
      const filter = { ...BASE_OPTIONS, status: "translated" as const };
      await getExportStats(filter, 0);
      await db.document.update({ where: { id: corpus.documentA }, data: { title: "Judul baru" } });
      expect(await countingQueries(() => getExportStats(filter, 0))).toBe(0);
      await db.document.update({ where: { id: corpus.documentA }, data: { deletedAt: new Date() } });
      expect(await countingQueries(() => getExportStats(filter, 0))).toBe(1);
      await db.document.update({ where: { id: corpus.documentA }, data: { deletedAt: null } });
      expect(await countingQueries(() => getExportStats(filter, 0))).toBe(1);
    });

    it("counts again when a sentence's engine or text changes", async () => {
      const filter = { ...BASE_OPTIONS, drafts: true };
      await getExportStats(filter, 0);
      const segment = await db.segment.findFirstOrThrow({ where: { documentId: corpus.documentA, target: { not: null } } });
      await db.segment.update({ where: { id: segment.id }, data: { engine: "neural:other" } });
      expect(await countingQueries(() => getExportStats(filter, 0))).toBe(1);
      await db.segment.update({ where: { id: segment.id }, data: { target: `${segment.target ?? ""} lagi` } });
      expect(await countingQueries(() => getExportStats(filter, 0))).toBe(1);
    });
  });

  describe("getExportStats when several ask at once", () => {
    it("shares one count between requests that miss the cache together, and gives each the same answer", async () => {
      const filter = { ...BASE_OPTIONS, documentIds: [corpus.documentA] };
      clearCounts();
      const answers = await Promise.all([getExportStats(filter, 0), getExportStats(filter, 0), getExportStats(filter, 0)]);
      expect(counts()).toBe(1);
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    });
  });

  describe.runIf(provider === "sqlite")("getExportStats off the event loop", () => {
    it("counts a small corpus in place, with the same answer", async () => {
      const filter = { ...BASE_OPTIONS, documentIds: [corpus.documentB] };
      const inPlace = await countingQueries(() => getExportStats(filter));
      expect(inPlace).toBe(0);
      expect(await getExportStats(filter)).toEqual(await getExportStats(filter, 0));
    });
  });

});

describe("StatsCache", () => {
  it("drops the least recently used entry beyond its capacity", () => {
    const cache = new StatsCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.size]).toEqual([1, undefined, 3, 2]);
  });

  it("keys on the version and the database", () => {
    const key = statsCacheKey(BASE_OPTIONS, 7, "/a.db");
    expect(statsCacheKey(BASE_OPTIONS, 8, "/a.db")).not.toBe(key);
    expect(statsCacheKey(BASE_OPTIONS, 7, "/b.db")).not.toBe(key);
    expect(statsCacheKey({ ...BASE_OPTIONS, dedupe: !BASE_OPTIONS.dedupe }, 7, "/a.db")).not.toBe(key);
  });
});

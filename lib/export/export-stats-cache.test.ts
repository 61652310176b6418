import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { BASE_OPTIONS, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { getExportStats } from "./export-stats";
import { StatsCache, statsCacheKey } from "./stats-cache";

let corpus: SeededCorpus;
beforeAll(async () => {
  corpus = await seedExportCorpus();
});
afterEach(() => vi.restoreAllMocks());

/** How many times the statistics' counting query is prepared while `run` runs. */
function countingQueries(run: () => void): number {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  run();
  const count = prepare.mock.calls.filter(([sql]) => String(sql).includes("GROUP BY s.status")).length;
  prepare.mockRestore();
  return count;
}

describe("getExportStats cache", () => {
  it("serves a repeat call with no change from the cache, and counts again after a change", async () => {
    const filter = { ...BASE_OPTIONS, documentIds: [corpus.documentA, corpus.documentB] };
    const first = getExportStats(filter);
    expect(countingQueries(() => expect(getExportStats(filter)).toEqual(first))).toBe(0);
    // Same pairs chosen in another order: the same entry.
    expect(countingQueries(() => getExportStats({ ...filter, documentIds: [corpus.documentB, corpus.documentA, corpus.documentA] }))).toBe(0);

    const segment = await db.segment.findFirstOrThrow({ where: { documentId: corpus.documentB, status: "machine" } });
    await db.segment.update({ where: { id: segment.id }, data: { status: "approved", reviewedBy: "ani" } });
    let after = first;
    expect(countingQueries(() => (after = getExportStats(filter)))).toBe(1);
    expect(after.byReviewer.ani).toBe(1);
  });

  it("counts again when a document is trashed or restored, not when nothing counted changes", async () => {
    const filter = { ...BASE_OPTIONS, status: "translated" as const };
    getExportStats(filter);
    await db.document.update({ where: { id: corpus.documentA }, data: { title: "Judul baru" } });
    expect(countingQueries(() => getExportStats(filter))).toBe(0);
    await db.document.update({ where: { id: corpus.documentA }, data: { deletedAt: new Date() } });
    expect(countingQueries(() => getExportStats(filter))).toBe(1);
    await db.document.update({ where: { id: corpus.documentA }, data: { deletedAt: null } });
    expect(countingQueries(() => getExportStats(filter))).toBe(1);
  });

  it("counts again when a sentence's engine or text changes", async () => {
    const filter = { ...BASE_OPTIONS, drafts: true };
    getExportStats(filter);
    const segment = await db.segment.findFirstOrThrow({ where: { documentId: corpus.documentA, target: { not: null } } });
    await db.segment.update({ where: { id: segment.id }, data: { engine: "neural:other" } });
    expect(countingQueries(() => getExportStats(filter))).toBe(1);
    await db.segment.update({ where: { id: segment.id }, data: { target: `${segment.target ?? ""} lagi` } });
    expect(countingQueries(() => getExportStats(filter))).toBe(1);
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

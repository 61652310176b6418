// Batched reads (SQLite's keyset pages, PostgreSQL's cursor) must give the same pairs in
// the same order whatever the batch sizes, including dedupe decisions that span batches
// and documents.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { BASE_OPTIONS, exportedPairBatches, seedExportCorpus } from "@/lib/test/export-fixtures";
import { describeEachProvider } from "@/lib/test/providers";
import { withSourceHash } from "@/lib/text/text-hash";
import type { PairFilter } from "./export-options";
import type { BatchSizes } from "./export-rows";

async function ids(filter: PairFilter, sizes?: BatchSizes): Promise<string[][]> {
  return (await exportedPairBatches(filter, sizes)).map((batch) => batch.map((pair) => pair.id));
}

describeEachProvider("readPairBatches", () => {
  beforeAll(async () => {
    await seedExportCorpus();
    // Two documents created in the same millisecond: the id breaks the tie.
    const sameTime = new Date("2025-01-03T00:00:00Z");
    for (const name of ["tie-1", "tie-2"]) {
      await db.document.create({
        data: {
          title: name,
          rawText: name,
          contentHash: name,
          createdAt: sameTime,
          segments: { createMany: { data: [0, 1, 2].map((position) => withSourceHash({ position, paragraphIndex: 0, source: `${name} ${position}`, target: "Thank you.", status: "machine" as const, engine: "neural:x" })) } },
        },
      });
    }
  });

  it.each([
    { name: "all", filter: BASE_OPTIONS },
    { name: "dedupe", filter: { ...BASE_OPTIONS, dedupe: true } },
    { name: "approved with drafts", filter: { ...BASE_OPTIONS, status: "approved" as const, drafts: true } },
  ])("$name: tiny batches give the same pairs as one big batch", async ({ filter }) => {
    const whole = (await ids(filter)).flat();
    for (const sizes of [{ pairs: 1, documents: 1 }, { pairs: 2, documents: 1 }, { pairs: 3, documents: 2 }]) {
      const batches = await ids(filter, sizes);
      expect(batches.flat()).toEqual(whole);
      for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(sizes.pairs);
    }
    expect(whole.length).toBeGreaterThan(0);
  });

  it("orders documents created at the same moment by id", async () => {
    const titles = (await exportedPairBatches(BASE_OPTIONS, { pairs: 1, documents: 1 })).flat().map((p) => p.documentTitle);
    const ties = [...new Set(titles.filter((t) => t.startsWith("tie-")))];
    const byId = await db.document.findMany({ where: { title: { startsWith: "tie-" } }, orderBy: { id: "asc" }, select: { title: true } });
    expect(ties).toEqual(byId.map((d) => d.title));
  });
});

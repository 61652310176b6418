// Keyset pagination must give the same pairs in the same order whatever the batch
// sizes, including dedupe decisions that span batches and documents.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { BASE_OPTIONS, seedExportCorpus } from "@/lib/test/export-fixtures";
import type { PairFilter } from "./export-options";
import { openExportDatabase } from "./export-database";
import { readPairBatches, type BatchSizes } from "./read-pairs";
import { withSourceHash } from "@/lib/text/text-hash";

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

async function ids(filter: PairFilter, sizes?: BatchSizes): Promise<string[][]> {
  const handle = openExportDatabase();
  try {
    const batches: string[][] = [];
    for await (const batch of readPairBatches(handle, filter, sizes)) batches.push(batch.map((pair) => pair.id));
    return batches;
  } finally {
    handle.close();
  }
}

describe("readPairBatches", () => {
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
    const handle = openExportDatabase();
    try {
      const titles: string[] = [];
      for await (const batch of readPairBatches(handle, BASE_OPTIONS, { pairs: 1, documents: 1 })) titles.push(...batch.map((p) => p.documentTitle));
      const ties = [...new Set(titles.filter((t) => t.startsWith("tie-")))];
      const byId = await db.document.findMany({ where: { title: { startsWith: "tie-" } }, orderBy: { id: "asc" }, select: { title: true } });
      expect(ties).toEqual(byId.map((d) => d.title));
    } finally {
      handle.close();
    }
  });
});

// An export reads one snapshot of the corpus however long it takes: a change committed
// while it streams is not in it (SQLite: one WAL read transaction; PostgreSQL: one
// REPEATABLE READ READ ONLY transaction), and the next export sees the change.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { provider } from "@/lib/database-url";
import { dialect } from "@/lib/db/queries/dialect";
import { BASE_OPTIONS, exportedPairs, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { describeEachProvider } from "@/lib/test/providers";

let corpus: SeededCorpus;

describeEachProvider("an export's snapshot", () => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
  });

  it("does not see a change committed while it streams, in either pass", async () => {
    const before = await exportedPairs();
    const seen: string[] = [];
    const stream = dialect().withExportSnapshot(async function* (snapshot) {
      for await (const batch of snapshot.pairBatches(BASE_OPTIONS, { pairs: 1, documents: 1 })) yield batch;
      // A second pass in the same snapshot, as Moses makes one per side.
      for await (const batch of snapshot.pairBatches(BASE_OPTIONS, { pairs: 1, documents: 1 })) yield batch;
    });
    const first = await stream.next();
    for (const pair of first.value ?? []) seen.push(pair.target);
    // Committed while the export is open: a new target, and a document moved to the trash.
    const last = before.at(-1);
    await db.segment.update({ where: { id: last?.id ?? "" }, data: { target: "Changed mid-export." } });
    await db.document.update({ where: { id: corpus.documentB }, data: { deletedAt: new Date() } });
    for await (const batch of stream) for (const pair of batch) seen.push(pair.target);
    expect(seen).toEqual([...before, ...before].map((pair) => pair.target));

    const after = await exportedPairs();
    expect(after.map((pair) => pair.documentId)).not.toContain(corpus.documentB);
    await db.document.update({ where: { id: corpus.documentB }, data: { deletedAt: null } });
    expect((await exportedPairs()).map((pair) => pair.target)).toContain("Changed mid-export.");
  });

  it("releases its connection when the download is abandoned half-way", async () => {
    const connections = async () =>
      provider() === "postgresql" ? Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()`)[0]?.n) : 0;
    const before = await connections();
    for (let i = 0; i < 12; i++) {
      const stream = dialect().withExportSnapshot((snapshot) => snapshot.pairBatches(BASE_OPTIONS, { pairs: 1, documents: 1 }));
      await stream.next();
      await stream.return(undefined);
    }
    // A server process ends a moment after its client says goodbye.
    await expect.poll(connections, { timeout: 3_000 }).toBeLessThanOrEqual(before);
    // Twelve abandoned exports later, writes and exports still go through.
    await db.setting.upsert({ where: { key: "after-abandon" }, create: { key: "after-abandon", value: "1" }, update: { value: "2" } });
    expect((await exportedPairs()).length).toBeGreaterThan(0);
  });
});

// A memory import is one writer among the others: it waits for a write transaction that
// holds the lock (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory write lock), then writes.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { importText } from "@/lib/test/memory-import";
import { describeEachProvider } from "@/lib/test/providers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachProvider("a memory import and other writers", () => {
  it("waits for a write transaction to commit, then imports", async () => {
    const events: string[] = [];
    const holder = db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: "held", value: "1" } });
      await sleep(400);
      events.push("transaction commits");
    });
    await sleep(100);
    const report = await importText("Satu.\tOne.\nDua.\tTwo.\n", "tsv");
    events.push("import done");
    await holder;
    expect(events).toEqual(["transaction commits", "import done"]);
    expect(report).toMatchObject({ imported: 2, duplicates: 0 });
    expect(await db.memoryUnit.count({ where: { importId: report.id } })).toBe(2);
  });
});

// The SQLite queue's contract, on a real database: exclusive claims with leases,
// expired leases handed out again, attempts and reasons per sentence, and the
// reconciliation that keeps the queue in step with segment statuses.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { translationQueue } from "./index";

const queue = translationQueue();
const TEXT = "Judul Antrean\n\nKalimat satu. Kalimat dua. Kalimat tiga.\n\nKalimat empat. Kalimat lima.";
const lease = (leaseMs = 60_000) => ({ leaseMs, redrafts: false });

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("the SQLite translation queue", () => {
  it("owes every pending sentence on ingest and hands each to one worker only", async () => {
    await ingestDocument({ text: TEXT });
    expect(await db.translationTask.count()).toBe(6);
    const a = await queue.claim("a", 4, lease());
    const b = await queue.claim("b", 4, lease());
    expect(a.work).toHaveLength(4);
    expect(b.work).toHaveLength(2);
    expect(new Set([...a.work, ...b.work].map((w) => w.segmentId)).size).toBe(6);
    expect((await queue.claim("c", 4, lease())).work).toEqual([]);
    const rows = await db.translationTask.findMany();
    expect(rows.every((r) => r.attempts === 1 && (r.claimedBy === "a" || r.claimedBy === "b") && r.claimedUntil! > new Date())).toBe(true);
  });

  it("gives expired leases to another worker, but not renewed ones", async () => {
    await ingestDocument({ text: TEXT });
    const dead = await queue.claim("dead", 2, lease(200));
    const alive = await queue.claim("alive", 2, lease(200));
    await queue.extendLease("alive", alive.work, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Tried work goes alone, the dead worker's first, so a poison sentence fails by itself.
    for (const held of dead.work) {
      const next = await queue.claim("next", 10, lease());
      expect(next.work).toEqual([expect.objectContaining({ segmentId: held.segmentId, attempts: 2 })]);
    }
    // Then the untouched work, as a batch; the renewed lease is still the live worker's.
    const fresh = await queue.claim("next", 10, lease());
    expect(fresh.work.map((w) => w.attempts)).toEqual([1, 1]);
    expect(fresh.work.map((w) => w.segmentId)).not.toContain(alive.work[0]!.segmentId);
    expect((await queue.claim("next", 10, lease())).work).toEqual([]);
  });

  it("fails a sentence after its last attempt with the reason, and a retry owes it afresh", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const [work] = (await queue.claim("w", 1, lease())).work;
    expect(await queue.fail("w", work!, "first")).toBe("retrying");
    expect(await db.translationTask.findUniqueOrThrow({ where: { id: work!.taskId } })).toMatchObject({ lastError: "first", claimedBy: null, failedAt: null });
    expect(await queue.fail("w", work!, "lease gone")).toBe("lost");
    await db.translationTask.update({ where: { id: work!.taskId }, data: { runAfter: null } });
    const [last] = (await queue.claim("w", 1, lease())).work;
    expect(last).toMatchObject({ taskId: work!.taskId, attempts: 2 });
    expect(await queue.fail("w", { ...last!, attempts: 3 }, "the last reason")).toBe("failed");
    expect(await queue.listFailures(id)).toEqual([{ segmentId: work!.segmentId, reason: "the last reason", attempts: 2 }]);
    expect(await queue.retry(work!.segmentId)).toBe(true);
    expect(await queue.retry(work!.segmentId)).toBe(false);
    expect(await db.translationTask.findUniqueOrThrow({ where: { id: work!.taskId } })).toMatchObject({ attempts: 0, failedAt: null, priority: 1 });
  });

  it("fails work whose worker died on its last attempt, rather than handing it out again", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const [work] = (await queue.claim("crashing", 1, lease(50))).work;
    await db.translationTask.update({ where: { id: work!.taskId }, data: { attempts: 3 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await queue.claim("other", 10, lease());
    expect(next.abandonedDocumentIds).toEqual([id]);
    expect(next.work.map((w) => w.segmentId)).not.toContain(work!.segmentId);
    const [failure] = await queue.listFailures(id);
    expect(failure?.reason).toBe("The translation worker stopped while translating this sentence 3 times");
  });

  it("takes the claim away when a sentence is owed again, so the old holder's completion keeps it owed", async () => {
    await ingestDocument({ text: TEXT });
    const [work] = (await queue.claim("old", 1, lease())).work;
    await db.$transaction((tx) => queue.enqueue(tx, { segmentIds: [work!.segmentId] }, { priority: "person" }));
    await db.$transaction((tx) => queue.complete(tx, "old", [work!]));
    expect(await db.translationTask.findUniqueOrThrow({ where: { id: work!.taskId } })).toMatchObject({ claimedBy: null, attempts: 0, priority: 1 });
    // A person's request goes first.
    expect((await queue.claim("new", 1, lease())).work[0]?.segmentId).toBe(work!.segmentId);
  });

  it("leaves the work of a trashed document waiting, and reconciles pending sentences no task covers", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await db.translationTask.deleteMany();
    expect(await queue.reconcile({ redrafts: false })).toBe(6);
    expect(await queue.reconcile({ redrafts: false })).toBe(0);
    await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
    expect((await queue.claim("w", 10, lease())).work).toEqual([]);
    expect(await queue.nextDueAt({ redrafts: false })).not.toBeNull();
  });
});

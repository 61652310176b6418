// The PostgreSQL queue's contract on a real server, through pg-boss: jobs owed inside
// the caller's transaction (and nothing when it rolls back), exclusive batch claims,
// leases that run out and renewed ones that do not, attempts with backoff, the dead
// letter recorded as a failure the reader shows, and the safety net for lost jobs.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { postgresUnavailable, usePostgres } from "@/lib/test/providers";
import { translationQueue } from "./index";
import { textHash } from "@/lib/text/text-hash";

const TEXT = "Judul Antrean\n\nKalimat satu. Kalimat dua. Kalimat tiga.\n\nKalimat empat. Kalimat lima.";
const lease = (leaseMs = 60_000) => ({ leaseMs, redrafts: false });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type JobRow = { state: string; retry_count: number; n: bigint };
const jobStates = () => db.$queryRawUnsafe<JobRow[]>(`SELECT state::text, count(*) AS n FROM pgboss.job WHERE name = 'translate' GROUP BY state ORDER BY state`);

(postgresUnavailable() ? describe.skip : describe)("the PostgreSQL translation queue", () => {
  usePostgres();
  const queue = () => translationQueue();

  beforeEach(async () => {
    await db.document.deleteMany();
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job`);
  });

  it("owes every pending sentence on ingest, one job each, and hands each to one worker only, in reading order", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    expect(await db.translationTask.count({ where: { jobId: { not: null } } })).toBe(6);
    expect((await jobStates()).map((r) => [r.state, Number(r.n)])).toEqual([["created", 6]]);
    const queue = translationQueue();
    const a = await queue.claim("a", 4, lease());
    const b = await queue.claim("b", 4, lease());
    expect(a.work).toHaveLength(4);
    expect(b.work).toHaveLength(2);
    expect(new Set([...a.work, ...b.work].map((w) => w.segmentId)).size).toBe(6);
    expect((await queue.claim("c", 4, lease())).work).toEqual([]);
    expect([...a.work, ...b.work].every((w) => w.attempts === 1 && w.maxAttempts === 3 && w.jobId)).toBe(true);
    const order = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" }, select: { id: true } });
    expect([...a.work, ...b.work].map((w) => w.segmentId)).toEqual(order.map((s) => s.id));
  });

  it("owes nothing when the transaction that owed it rolls back", async () => {
    const attempt = db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: { title: "Batal", rawText: "Batal.", contentHash: "rolled-back", status: "translating", segments: { create: [{ position: 0, paragraphIndex: 0, kind: "body", source: "Batal.", sourceHash: textHash("Batal.") }] } },
      });
      expect(await translationQueue().enqueue(tx, { documentId: document.id })).toBe(1);
      throw new Error("the ingest failed after owing");
    });
    await expect(attempt).rejects.toThrow("the ingest failed after owing");
    expect(await db.translationTask.count()).toBe(0);
    expect(await jobStates()).toEqual([]);
  });

  it("gives expired leases to another worker, but not renewed ones, and tried work alone", async () => {
    await ingestDocument({ text: TEXT });
    const dead = await queue().claim("dead", 2, lease(1_000));
    const alive = await queue().claim("alive", 2, lease(1_000));
    await queue().extendLease("alive", alive.work, 60_000);
    // The untouched work goes first, as a batch.
    const fresh = await queue().claim("next", 10, lease());
    expect(fresh.work.map((w) => w.attempts)).toEqual([1, 1]);
    await sleep(1_200);
    // An idle worker asking when work is due finds the dead lease over and expires it at
    // once; the dead worker's sentences come back after pg-boss's retry delay (1-2 s).
    const due = (await queue().nextDueAt({ redrafts: false }))!.getTime();
    expect(due).toBeGreaterThan(Date.now());
    expect(due).toBeLessThan(Date.now() + 2_500);
    const again: string[] = [];
    for (let i = 0; i < dead.work.length; i++) {
      await waitUntil(async () => (await queue().nextDueAt({ redrafts: false }))!.getTime() <= Date.now());
      // Tried work goes alone, so a sentence that kills its worker fails by itself.
      const next = await queue().claim("next", 10, lease());
      expect(next.work).toEqual([expect.objectContaining({ attempts: 2 })]);
      again.push(next.work[0]!.segmentId);
    }
    expect(again.sort()).toEqual(dead.work.map((w) => w.segmentId).sort());
    // The renewed lease is still the live worker's.
    expect((await queue().claim("next", 10, lease())).work).toEqual([]);
    expect(await queue().nextDueAt({ redrafts: false })).toEqual(expect.any(Date));
  });

  it("gives work back without counting the attempt", async () => {
    await ingestDocument({ text: TEXT });
    const first = await queue().claim("w", 6, lease());
    await queue().release("w", first.work);
    const again = await queue().claim("w", 6, lease());
    expect(again.work.map((w) => [w.segmentId, w.attempts])).toEqual(first.work.map((w) => [w.segmentId, 1]));
  });

  it("retries a failed attempt with backoff, records the last one as the sentence's failure, and a retry owes it afresh", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const [work] = (await queue().claim("w", 1, lease())).work;
    expect(await queue().fail("w", work!, "first")).toBe("retrying");
    expect(await db.translationTask.findUniqueOrThrow({ where: { id: work!.taskId } })).toMatchObject({ lastError: "first", failedAt: null, attempts: 1 });
    // Backing off: the other five go first, and the failed one is due a second or two later.
    const others = await queue().claim("w", 10, lease());
    expect(others.work.map((w) => w.segmentId)).not.toContain(work!.segmentId);
    expect((await queue().nextDueAt({ redrafts: false }))!.getTime()).toBeGreaterThan(Date.now());
    await waitUntil(async () => (await queue().nextDueAt({ redrafts: false }))!.getTime() <= Date.now());
    const [second] = (await queue().claim("w", 10, lease())).work;
    expect(second).toMatchObject({ taskId: work!.taskId, attempts: 2 });
    expect(await queue().fail("w", second!, "second")).toBe("retrying");
    await waitUntil(async () => (await queue().nextDueAt({ redrafts: false }))!.getTime() <= Date.now());
    const [last] = (await queue().claim("w", 10, lease())).work;
    expect(last).toMatchObject({ attempts: 3 });
    expect(await queue().fail("w", last!, "the last reason")).toBe("failed");
    expect(await queue().fail("w", last!, "again")).toBe("lost");
    expect(await queue().listFailures(id)).toEqual([{ segmentId: work!.segmentId, reason: "the last reason", attempts: 3 }]);
    // The dead letter pg-boss made of it is consumed by the next claim, changing nothing.
    await queue().claim("w", 10, lease());
    expect(await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'translation-dead' AND state = 'created'`)).toEqual([{ n: 0n }]);
    expect(await queue().retry(work!.segmentId)).toBe(true);
    expect(await queue().retry(work!.segmentId)).toBe(false);
    expect(await queue().listFailures(id)).toEqual([]);
    const [fresh] = (await queue().claim("w", 10, lease())).work;
    expect(fresh).toMatchObject({ segmentId: work!.segmentId, attempts: 1 });
  });

  it("records a sentence whose worker died on every attempt as failed, from pg-boss's dead letter", async () => {
    const { id } = await ingestDocument({ text: "Satu kalimat saja." });
    await db.translationTask.updateMany({ data: { maxAttempts: 1 } });
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET retry_limit = 0 WHERE name = 'translate'`);
    const [work] = (await queue().claim("dies", 1, lease(1_000))).work;
    expect(work).toMatchObject({ attempts: 1, maxAttempts: 1 });
    await sleep(1_200);
    await queue().nextDueAt({ redrafts: false });
    const after = await queue().claim("next", 10, lease());
    expect(after).toEqual({ work: [], abandonedDocumentIds: [id] });
    expect(await queue().listFailures(id)).toEqual([{ segmentId: work!.segmentId, reason: expect.stringMatching(/worker stopped/), attempts: 1 }]);
  });

  it("takes the claim away when a sentence is owed again, so the old holder's completion keeps it owed", async () => {
    await ingestDocument({ text: TEXT });
    const [work] = (await queue().claim("old", 1, lease())).work;
    await db.$transaction((tx) => queue().enqueue(tx, { segmentIds: [work!.segmentId] }, { priority: "person" }));
    await db.$transaction((tx) => queue().complete(tx, "old", [work!]));
    expect(await db.translationTask.findUniqueOrThrow({ where: { id: work!.taskId } })).toMatchObject({ attempts: 0, priority: 1 });
    // A person's request goes first, on its new job.
    const [next] = (await queue().claim("new", 1, lease())).work;
    expect(next).toMatchObject({ segmentId: work!.segmentId, attempts: 1 });
    expect(next!.jobId).not.toBe(work!.jobId);
  });

  it("keeps the work of a document in the trash waiting, and owes it again once the document is restored", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
    expect((await queue().claim("w", 10, lease())).work).toEqual([]);
    expect(await queue().reconcile({ redrafts: false })).toBe(0);
    expect(await db.translationTask.count({ where: { jobId: null } })).toBe(6);
    await db.document.update({ where: { id }, data: { deletedAt: null } });
    expect(await queue().reconcile({ redrafts: false })).toBe(6);
    expect((await queue().claim("w", 10, lease())).work).toHaveLength(6);
  });

  it("owes again, in the safety net, sentences whose job was lost and sentences no task covers", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job`);
    const [one] = await db.segment.findMany({ where: { documentId: id }, take: 1 });
    await db.translationTask.delete({ where: { segmentId: one!.id } });
    expect(await queue().reconcile({ redrafts: false })).toBe(6);
    expect(await queue().reconcile({ redrafts: false })).toBe(0);
    expect((await queue().claim("w", 10, lease())).work).toHaveLength(6);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(100);
  }
}

// Two real worker processes (the app's worker loop, queue and draft engine) on one
// database, on each provider: the claim hands every sentence to exactly one of them, a
// commit in another process wakes them (the wake file on SQLite, NOTIFY on PostgreSQL),
// and a worker killed with SIGKILL mid-batch loses its lease to the other, which
// finishes the work.
import fs from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { killGroup, sleep, startScript, stopChild, type Child } from "@/lib/test/child-process";
import { articleOf, readCallLog, waitFor } from "@/lib/test/worker-fixtures";
import { describeEachProvider } from "@/lib/test/providers";
import { clearQueue, heldTaskCount } from "@/lib/test/queue-fixtures";

const children: Child[] = [];
const callLog = path.join(process.env.SELARAS_TEST_DIR!, `calls-${process.pid}-${Date.now()}.log`);

function startWorker(tag: string, extra: Record<string, string> = {}): Child {
  const child = startScript("lib/test/counting-worker.ts", [], {
    ...process.env,
    WORKER_TAG: tag,
    ENGINE_CALL_LOG: callLog,
    TRANSLATION_ENGINE: "draft",
    TRANSLATION_BATCH_SIZE: "4",
    TRANSLATION_LEASE_MS: "1500",
    WORKER_POLL_MS: "60000",
    ...extra,
  });
  children.push(child);
  return child;
}

async function untilTranslated(documentId: string): Promise<void> {
  await waitFor(async () => (await db.segment.count({ where: { documentId, status: "pending" } })) === 0, 45_000, () => children.map((c) => c.output()).join("\n"));
}

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => stopChild(child, 2_000)));
  fs.rmSync(callLog, { force: true });
});

describeEachProvider("two worker processes on one database", (provider) => {
  afterEach(async () => {
    await db.document.deleteMany();
    await clearQueue(provider);
  });

  it("infer every sentence exactly once between them, both doing a share", async () => {
    startWorker("a", { BATCH_DELAY_MS: "100" });
    startWorker("b", { BATCH_DELAY_MS: "100" });
    await sleep(1_500);
    // Ingested after the workers sleep: the wake file or NOTIFY, not a poll, starts them.
    const { id } = await ingestDocument({ text: articleOf(48) });
    await untilTranslated(id);
    const segments = await db.segment.findMany({ where: { documentId: id } });
    const calls = readCallLog(callLog);
    expect(calls.map((c) => c.sentence).sort()).toEqual(segments.map((s) => s.source).sort());
    expect(new Set(calls.map((c) => c.worker))).toEqual(new Set(["a", "b"]));
    expect(segments.every((s) => s.status === "machine" && s.version === 1)).toBe(true);
    expect(await db.change.count({ where: { documentId: id, action: "machine" } })).toBe(segments.length);
  });

  it("after a kill -9 of one worker, its lease runs out and the other finishes the work", async () => {
    const { id } = await ingestDocument({ text: articleOf(24) });
    // The victim starts alone and holds each batch for a long time.
    const victim = startWorker("victim", { BATCH_DELAY_MS: "20000" });
    await waitFor(async () => readCallLog(callLog).length > 0, 30_000, () => victim.output());
    killGroup(victim);
    await victim.exited;
    const held = readCallLog(callLog).map((c) => c.sentence);
    expect(held).toHaveLength(4);
    expect(await heldTaskCount(provider)).toBe(4);

    startWorker("survivor");
    await untilTranslated(id);
    const segments = await db.segment.findMany({ where: { documentId: id } });
    expect(segments.every((s) => s.status === "machine" && s.version === 1)).toBe(true);
    const survivorCalls = readCallLog(callLog).filter((c) => c.worker === "survivor").map((c) => c.sentence);
    // The survivor did everything, the dead worker's batch included, each sentence once.
    expect(survivorCalls.sort()).toEqual(segments.map((s) => s.source).sort());
    expect(held.every((sentence) => survivorCalls.includes(sentence))).toBe(true);
    expect(await db.translationTask.count({ where: { segment: { documentId: id } } })).toBe(0);
  });
});

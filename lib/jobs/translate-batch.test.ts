import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { translateBatch } from "./translate-batch";
import { drainQueue } from "./translation-worker";
import { translationQueue } from "./queue";
import { retrySegmentTranslation } from "@/lib/segments/retry-segment-translation";
import type { TranslationEngine } from "@/lib/translation/engine";
import { changeRows } from "@/lib/test/change-rows";
import { describeEachProvider } from "@/lib/test/providers";
import { clearQueue } from "@/lib/test/queue-fixtures";

// The worker's bookkeeping is under test here, not translation quality, so a
// transparent engine that records each call is the clearest witness.
function recordingEngine(poison?: string): TranslationEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id: "test:upper",
    kind: "draft",
    calls,
    async translate(sentences) {
      calls.push([...sentences]);
      if (poison && sentences.includes(poison)) throw new Error("the engine chokes on this sentence");
      return sentences.map((s) => s.toUpperCase());
    },
  };
}

const TEXT = `Judul Berita Hari Ini

Kalimat pertama ada di sini. Kalimat kedua menyusul. Kalimat ketiga juga.

Paragraf kedua punya satu kalimat. Lalu satu lagi.`;

describeEachProvider("translateBatch", (provider) => {
  beforeEach(async () => {
    await db.document.deleteMany();
    await clearQueue(provider);
  });

  it("translates pending segments in order and records one machine change each", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const engine = recordingEngine();
    while ((await translateBatch(engine, 2, null)).claimed > 0);
    const segments = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(segments.every((s) => s.status === "machine" && s.engine === "test:upper" && s.version === 1)).toBe(true);
    expect(segments.map((s) => s.target)).toEqual(segments.map((s) => s.source.toUpperCase()));
    for (const s of segments) {
      expect(await changeRows(s.id)).toMatchObject([{ action: "machine", actorKind: "engine", origin: "test:upper", engine: "test:upper", oldStatus: "pending", status: "machine" }]);
    }
    expect(engine.calls.flat()).toEqual(segments.map((s) => s.source));
    const document = await db.document.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({ status: "ready", engine: "test:upper" });
  });

  it("a worker killed mid-batch loses its lease, and another worker finishes: nothing lost, nothing else redone", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    // The dead worker claimed two sentences and never came back.
    const dead = await translationQueue().claim("dead-worker", 2, { leaseMs: 300, redrafts: false });
    expect(dead.work).toHaveLength(2);
    const survivor = recordingEngine();
    const started = Date.now();
    await drainQueue({ chooseEngine: async () => ({ engine: survivor, note: null }), workerId: "survivor", batchSize: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const all = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(all.every((s) => s.status === "machine" && s.engine === "test:upper")).toBe(true);
    // Each sentence reached the engine once: the dead worker's two after its lease ran out.
    expect(survivor.calls.flat().sort()).toEqual(all.map((s) => s.source).sort());
    expect(await db.change.count({ where: { action: "machine", documentId: id } })).toBe(all.length);
    expect(await db.translationTask.count()).toBe(0);
  });

  it("a poison sentence fails alone with its reason; the rest of the document is written and ready", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const poison = "Kalimat kedua menyusul.";
    const engine = recordingEngine(poison);
    await drainQueue({ chooseEngine: async () => ({ engine, note: null }), batchSize: 8 });
    const segments = await db.segment.findMany({ where: { documentId: id }, include: { task: true } });
    const failed = segments.filter((s) => s.status === "pending");
    expect(failed.map((s) => s.source)).toEqual([poison]);
    expect(failed[0]?.task).toMatchObject({ attempts: 3, lastError: "the engine chokes on this sentence" });
    expect(failed[0]?.task?.failedAt).not.toBeNull();
    expect(segments.filter((s) => s.status === "machine")).toHaveLength(segments.length - 1);
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ready" });
    // Three tries of the poison: once in the batch, then alone each time.
    expect(engine.calls.filter((c) => c.includes(poison)).length).toBe(4);

    expect(await retrySegmentTranslation(failed[0]!.id)).toMatchObject({ ok: true });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "translating" });
    await drainQueue({ chooseEngine: async () => ({ engine: recordingEngine(), note: null }) });
    expect(await db.segment.findUniqueOrThrow({ where: { id: failed[0]!.id } })).toMatchObject({ status: "machine", target: poison.toUpperCase() });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ready" });
    expect(await retrySegmentTranslation(failed[0]!.id)).toMatchObject({ ok: false, code: "version-conflict" });
  });

  it("an engine that fails on every sentence fails none of them: the work is given back", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const broken: TranslationEngine = { id: "test:broken", kind: "draft", translate: async () => { throw new Error("no model"); } };
    await expect(translateBatch(broken, 4, null)).rejects.toThrow("failed on every sentence");
    const tasks = await db.translationTask.findMany({ where: { segment: { documentId: id } } });
    expect(tasks.every((t) => t.attempts === 0 && t.claimedBy === null && t.failedAt === null)).toBe(true);
  });

  it("never overwrites a sentence someone edited while the batch was running", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const first = await db.segment.findFirstOrThrow({ where: { documentId: id }, orderBy: { position: "asc" } });
    const slow: TranslationEngine = {
      id: "test:slow",
      kind: "draft",
      async translate(sentences) {
        await db.segment.update({ where: { id: first.id }, data: { target: "Human title", status: "edited", version: { increment: 1 } } });
        return sentences.map(() => "machine");
      },
    };
    const result = await translateBatch(slow, 3, null);
    expect(result.written).toBe(2);
    expect(await db.segment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ target: "Human title", status: "edited" });
  });

  it("records the fallback note on the document", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await translateBatch(recordingEngine(), 50, "model_unavailable");
    expect((await db.document.findUniqueOrThrow({ where: { id } })).engineNote).toBe("model_unavailable");
  });
});

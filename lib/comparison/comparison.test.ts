// A learner's comparison: the machine translation of a published pair's Indonesian is
// owed as low-priority work, stored beside the pair (ComparisonDraft) and never in it:
// the published English, its status, the document's engine and the change log stay.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { translateBatch } from "@/lib/jobs/translate-batch";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import type { TranslationEngine } from "@/lib/translation/engine";
import { requestComparison } from "./request-comparison";
import { getComparison } from "./get-comparison";

const ARTICLE = `Perpustakaan Baru Dibuka di Bandung

Pemerintah kota membuka perpustakaan baru pada hari Senin. Perpustakaan itu buka setiap hari.`;

const ENGLISH = `New Library Opens in Bandung

The city government opened a new library on Monday. The library is open every day.`;

function recordingEngine(): TranslationEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return { id: "draft:test", kind: "draft", calls, async translate(sentences) { calls.push([...sentences]); return sentences.map((s) => `MT ${s}`); } };
}

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("comparison drafts", () => {
  it("are made on request, beside the published English, which stays the pair's text", async () => {
    const { id } = await ingestDocument({ text: ARTICLE, translation: { text: ENGLISH } });
    const before = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(await getComparison(id)).toEqual({ requested: false, pairs: 3, drafts: [] });
    const changesBefore = await db.change.count({ where: { documentId: id } });
    const documentBefore = await db.document.findUniqueOrThrow({ where: { id }, select: { engine: true, status: true } });

    expect(await requestComparison(id)).toEqual({ ok: true, queued: 3 });
    const engine = recordingEngine();
    expect(await translateBatch(engine, 8, null)).toMatchObject({ claimed: 3, written: 3 });
    // Done once stored: nothing is owed, so no worker makes the drafts again after its lease.
    expect(await db.translationTask.count({ where: { segment: { documentId: id } } })).toBe(0);

    const comparison = await getComparison(id);
    expect(comparison).toMatchObject({ requested: true, pairs: 3 });
    expect(comparison?.drafts).toEqual(before.map((s) => ({ segmentId: s.id, target: `MT ${s.source}`, engine: "draft:test", stale: false })));
    const after = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(after.map((s) => [s.target, s.status, s.engine, s.version])).toEqual(before.map((s) => [s.target, s.status, s.engine, s.version]));
    expect(await db.change.count({ where: { documentId: id } })).toBe(changesBefore);
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { engine: true, status: true } })).toEqual(documentBefore);
    // Asked again: nothing more is owed while the drafts are current.
    expect(await requestComparison(id)).toEqual({ ok: true, queued: 0 });
  });

  it("waits behind every translation owed, and never overwrites a person's correction", async () => {
    const published = await ingestDocument({ text: ARTICLE, translation: { text: ENGLISH } });
    const [pair] = await db.segment.findMany({ where: { documentId: published.id }, orderBy: { position: "asc" } });
    await updateSegmentTranslation({ id: pair!.id, target: "A person's English.", status: "edited", version: pair!.version, actor: { kind: "person", id: null, name: "Tia" } });
    await requestComparison(published.id);
    const plain = await ingestDocument({ text: "Berita Lain\n\nSatu kalimat baru di sini." });
    const engine = recordingEngine();
    await translateBatch(engine, 2, null);
    expect(engine.calls[0]).toEqual(["Berita Lain", "Satu kalimat baru di sini."]);
    await translateBatch(engine, 8, null);
    expect((await db.segment.findUniqueOrThrow({ where: { id: pair!.id } })).target).toBe("A person's English.");
    expect((await getComparison(published.id))?.drafts[0]).toMatchObject({ segmentId: pair!.id, target: `MT ${pair!.source}` });
    expect((await db.document.findUniqueOrThrow({ where: { id: plain.id } })).status).toBe("ready");
  });

  it("refuses an article without a published English", async () => {
    const { id } = await ingestDocument({ text: ARTICLE });
    expect(await requestComparison(id)).toMatchObject({ ok: false, code: "invalid-input" });
    expect(await requestComparison("nope")).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("the ingest option", () => {
  it("POST /api/documents?compare=1 owes the comparison with the ingest; without a published English it is refused", async () => {
    const { POST } = await import("@/app/api/documents/route");
    const post = (body: unknown) => POST(new Request("http://127.0.0.1:3210/api/documents?compare=1", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    const refused = await post({ text: ARTICLE });
    expect(refused.status).toBe(422);
    expect(await db.document.count()).toBe(0);
    const response = await post({ text: ARTICLE, translation: { text: ENGLISH } });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(await getComparison(id)).toMatchObject({ requested: true, pairs: 3 });
    expect(await db.translationTask.count({ where: { kind: "compare", segment: { documentId: id } } })).toBe(3);
  });
});

describe("a comparison that failed", () => {
  it("is owed again, with fresh attempts, when asked for again", async () => {
    const { id } = await ingestDocument({ text: ARTICLE, translation: { text: ENGLISH } });
    await requestComparison(id);
    await db.translationTask.updateMany({ where: { kind: "compare" }, data: { failedAt: new Date(), attempts: 3, lastError: "engine broke" } });
    expect(await translateBatch(recordingEngine(), 8, null)).toMatchObject({ claimed: 0 });
    expect(await requestComparison(id)).toEqual({ ok: true, queued: 3 });
    expect(await translateBatch(recordingEngine(), 8, null)).toMatchObject({ claimed: 3, written: 3 });
    expect((await getComparison(id))?.drafts).toHaveLength(3);
  });
});

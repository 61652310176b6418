// A long article is stored in one short transaction and linked afterwards, a batch per
// transaction: the same names as linking it whole, memory fills, and translation owed only
// once the last batch is done. Structural edits wait meanwhile.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { recomputeDocumentEntities } from "@/lib/glossary/recompute-document-entities";
import { splitSegment } from "@/lib/segments/split-segment";
import { loadArticle } from "@/lib/test/load-fixture";
import { seedDocument } from "@/lib/test/segment-seed";
import { translationQueue } from "./queue";
import { LINK_BATCH } from "./link-batch-size";
import { linkNextBatch } from "./link-next-batch";

const SENTENCES = 700;

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
});

const mentionsOf = async (documentId: string) =>
  (await db.entityMention.findMany({ where: { documentId }, select: { segmentId: true, entryId: true, start: true, end: true } }))
    .map((m) => `${m.segmentId}:${m.start}-${m.end}:${m.entryId}`)
    .sort();

describe("staged linking of a long article", () => {
  it("stores first, then links a batch per call, fills memory and owes translation at the end", async () => {
    const text = loadArticle("panjang", SENTENCES);
    const remembered = text.split("\n")[2]?.split(". ")[0]?.concat(".") ?? "";
    await seedDocument([{ source: remembered, target: "A reviewed translation.", status: "approved" }], "Memori");

    const { id } = await ingestDocument({ text });
    const stored = await db.document.findUniqueOrThrow({ where: { id }, select: { linkingFrom: true, segmentCount: true } });
    expect(stored.linkingFrom).toBe(0);
    expect(stored.segmentCount).toBeGreaterThan(LINK_BATCH * 2);
    expect(await db.entityMention.count({ where: { documentId: id } })).toBe(0);
    // Nothing is owed yet, not even through the queue's sweep for uncovered sentences.
    expect(await translationQueue().reconcile({ redrafts: false })).toBe(0);
    expect(await db.translationTask.count()).toBe(0);

    const target = await db.segment.findFirstOrThrow({ where: { documentId: id, position: 5 } });
    expect(await splitSegment({ id: target.id, version: target.version, sourceAt: 5, targetAt: 0 })).toMatchObject({ ok: false, code: "busy" });

    let batches = 0;
    while (await linkNextBatch()) batches += 1;
    expect(batches).toBe(Math.ceil(stored.segmentCount / LINK_BATCH));
    expect((await db.document.findUniqueOrThrow({ where: { id } })).linkingFrom).toBeNull();

    const staged = await mentionsOf(id);
    expect(staged.length).toBeGreaterThan(100);
    await recomputeDocumentEntities(id);
    // Entry ids are stable (linked by key), so the mention sets compare directly.
    expect(await mentionsOf(id)).toEqual(staged);

    const filled = await db.segment.findFirstOrThrow({ where: { documentId: id, source: remembered } });
    expect(filled).toMatchObject({ status: "memory", target: "A reviewed translation." });
    const pending = await db.segment.count({ where: { documentId: id, status: "pending" } });
    expect(await db.translationTask.count({ where: { segment: { documentId: id } } })).toBe(pending);
    expect(pending).toBe(stored.segmentCount - 1);
  });

  it("links a short article in its ingest transaction, as before", async () => {
    const { id } = await ingestDocument({ text: loadArticle("pendek", 20) });
    expect((await db.document.findUniqueOrThrow({ where: { id } })).linkingFrom).toBeNull();
    expect(await db.entityMention.count({ where: { documentId: id } })).toBeGreaterThan(0);
    expect(await linkNextBatch()).toBe(false);
  });
});

// A sentence longer than PostgreSQL's index-entry limit (about 2.7 kB) is stored, found as
// a repetition, filled from translation memory and corrected everywhere at once, on both
// providers: equal sentences are looked up by their hash, then compared in full.
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { describeEachProvider } from "@/lib/test/providers";
import { textHash } from "@/lib/text/text-hash";
import { findRepetitions } from "./find-repetitions";
import { applyTranslationMemory } from "./apply-translation-memory";
import { propagateCorrection } from "./propagate-correction";
import { splitSegment } from "./split-segment";

const LONG = `${"Pemerintah mengumumkan kebijakan baru tentang harga beras di seluruh pasar tradisional. ".repeat(40)}Selesai.`;
// Same hash prefix is astronomically unlikely; same length and words, one letter apart, is not.
const NEAR = LONG.replace(/Selesai\.$/, "Selesei.");

describeEachProvider("sentences longer than an index entry", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
  });

  it("stores them with their hash and finds only the truly equal ones", async () => {
    expect(new TextEncoder().encode(LONG).length).toBeGreaterThan(3_000);
    const reviewed = await seedDocument([{ source: LONG, target: "The reviewed long one.", status: "approved" }], "Dokumen satu");
    const other = await seedDocument([{ source: LONG, status: "machine" }, { source: NEAR, status: "machine" }], "Dokumen dua");
    const stored = await db.segment.findMany({ select: { source: true, sourceHash: true } });
    for (const row of stored) expect(row.sourceHash).toBe(textHash(row.source));

    const found = await findRepetitions(idAt(reviewed.ids, 0));
    expect(found).toMatchObject({ ok: true, propagatable: 1, repetitions: [{ id: idAt(other.ids, 0) }] });

    expect(await propagateCorrection(idAt(reviewed.ids, 0))).toMatchObject({ ok: true, updated: 1, segmentIds: [idAt(other.ids, 0)] });
    const near = await db.segment.findUniqueOrThrow({ where: { id: idAt(other.ids, 1) } });
    expect(near.target).toBe(`EN ${NEAR}`);
  });

  it("fills a new document's long sentence from memory", async () => {
    await seedDocument([{ source: LONG, target: "The reviewed long one.", status: "approved" }], "Dokumen satu");
    const fresh = await seedDocument([{ source: LONG, status: "pending" }], "Dokumen baru");
    expect(await applyTranslationMemory(fresh.documentId)).toBe(1);
    expect(await db.segment.findUniqueOrThrow({ where: { id: idAt(fresh.ids, 0) } })).toMatchObject({ target: "The reviewed long one.", status: "memory" });
  });

  it("keeps the hash right when a split rewrites the source", async () => {
    const seeded = await seedDocument([{ source: "Satu dua. Tiga empat.", target: "One two. Three four.", status: "machine" }]);
    const id = idAt(seeded.ids, 0);
    const result = await splitSegment({ id, version: 1, sourceAt: "Satu dua.".length, targetAt: "One two.".length });
    expect(result.ok).toBe(true);
    const rows = await db.segment.findMany({ where: { documentId: seeded.documentId }, select: { source: true, sourceHash: true } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.sourceHash).toBe(textHash(row.source));
  });
});

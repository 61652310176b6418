import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { splitSegment } from "./split-segment";
import { mergeSegments } from "./merge-segments";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { describeEachProvider } from "@/lib/test/providers";

let documentId = "";
let ids: string[] = [];

describeEachProvider("split and merge", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    await db.glossaryEntry.deleteMany();
    const seeded = await seedDocument([
      { source: "Judul berita", paragraphIndex: 0 },
      { source: "Harga naik. Warga mengeluh.", target: "Prices rise. Residents complain.", paragraphIndex: 1 },
      { source: "Pemerintah diam.", paragraphIndex: 1 },
      { source: "Pasar sepi", paragraphIndex: 2 },
      { source: "hari ini.", paragraphIndex: 2 },
    ]);
    documentId = seeded.documentId;
    ids = seeded.ids;
    await db.glossaryEntry.create({
      data: { key: "warga", source: "Warga", mentions: { create: { documentId, segmentId: idAt(ids, 1), start: 12, end: 17, surface: "Warga" } } },
    });
  });

  /** Every mention still points at its own surface text: none were left at stale offsets. */
  async function expectMentionsConsistent() {
    const mentions = await db.entityMention.findMany({ include: { segment: { select: { source: true } } } });
    for (const m of mentions) expect(m.segment.source.slice(m.start, m.end)).toBe(m.surface);
  }

  async function rows() {
    return db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  }

  describe("splitSegment", () => {
    it("cuts both sides, keeps positions unique and ordered, and relinks mentions", async () => {
      const result = await splitSegment({ id: idAt(ids, 1), version: 1, sourceAt: 11, targetAt: 12 });
      if (!result.ok) throw new Error(result.message);
      const after = await rows();
      expect(after.map((s) => [s.position, s.paragraphIndex, s.source, s.target, s.status])).toEqual([
        [0, 0, "Judul berita", "EN Judul berita", "machine"],
        [1, 1, "Harga naik.", "Prices rise.", "machine"],
        [2, 1, "Warga mengeluh.", "Residents complain.", "machine"],
        [3, 1, "Pemerintah diam.", "EN Pemerintah diam.", "machine"],
        [4, 2, "Pasar sepi", "EN Pasar sepi", "machine"],
        [5, 2, "hari ini.", "EN hari ini.", "machine"],
      ]);
      expect(after[1]?.id).toBe(idAt(ids, 1));
      expect(await db.change.count({ where: { segmentId: idAt(ids, 1) } })).toBe(2);
      expect(await db.change.findMany({ where: { segmentId: result.second.id }, select: { action: true, actorName: true, version: true } })).toEqual([
        { action: "split", actorName: "human", version: 1 },
      ]);
      await expectMentionsConsistent();
    });

    it.each([
      ["a cut at the very start", { sourceAt: 0, targetAt: 0, version: 1 }, "invalid-input"],
      ["a cut past the end", { sourceAt: 99, targetAt: 3, version: 1 }, "invalid-input"],
      ["an English cut past the end", { sourceAt: 11, targetAt: 500, version: 1 }, "invalid-input"],
      ["a stale version", { sourceAt: 11, targetAt: 12, version: 0 }, "version-conflict"],
    ])("refuses %s and changes nothing", async (_name, input, code) => {
      const before = await rows();
      expect(await splitSegment({ id: idAt(ids, 1), ...input })).toMatchObject({ ok: false, code });
      expect(await rows()).toEqual(before);
    });
  });

  describe("structure, not review state", () => {
    it.each([
      ["a machine draft gives two drafts", "machine", null],
      ["an approved sentence gives two approved halves, reviewer kept", "approved", "human"],
      ["a memory copy stays unreviewed", "memory", null],
    ] as const)("split: %s", async (_name, status, reviewer) => {
      await db.segment.update({ where: { id: idAt(ids, 1) }, data: { status, reviewedBy: reviewer } });
      const result = await splitSegment({ id: idAt(ids, 1), version: 1, sourceAt: 11, targetAt: 12, actor: { kind: "person", id: null, name: "Ana" } });
      if (!result.ok) throw new Error(result.message);
      const halves = await db.segment.findMany({ where: { id: { in: [result.first.id, result.second.id] } } });
      expect(halves.map((s) => [s.status, s.engine, s.reviewedBy])).toEqual([
        [status, "draft:lexicon", reviewer],
        [status, "draft:lexicon", reviewer],
      ]);
      const logged = await db.change.findMany({ where: { action: "split", documentId } });
      expect(logged.map((c) => [c.actorName, c.oldStatus, c.newStatus])).toEqual([
        ["Ana", status, status],
        ["Ana", status, status],
      ]);
    });

    it.each([
      ["machine + approved is machine", "machine", "approved", "machine"],
      ["approved + approved stays approved", "approved", "approved", "approved"],
      ["edited + memory is memory", "edited", "memory", "memory"],
    ] as const)("merge: %s", async (_name, a, b, expected) => {
      await db.segment.update({ where: { id: idAt(ids, 3) }, data: { status: a } });
      await db.segment.update({ where: { id: idAt(ids, 4) }, data: { status: b } });
      expect(await mergeSegments({ id: idAt(ids, 3), version: 1, nextVersion: 1 })).toMatchObject({ ok: true, segment: { status: expected } });
    });

    it("keeps the merged-away segment's history readable, ending in a merge entry", async () => {
      const gone = idAt(ids, 4);
      await mergeSegments({ id: idAt(ids, 3), version: 1, nextVersion: 1 });
      const history = await db.change.findMany({ where: { segmentId: gone }, orderBy: { createdAt: "asc" } });
      expect(history.map((c) => c.action)).toEqual(["machine", "merge"]);
      expect(history.at(-1)).toMatchObject({ oldSource: "hari ini.", newSource: null, details: { into: idAt(ids, 3) } });
    });
  });

  describe("mergeSegments", () => {
    it("joins a pair with the next, closes the gap in positions, and keeps the first's history", async () => {
      const result = await mergeSegments({ id: idAt(ids, 3), version: 1, nextVersion: 1 });
      expect(result).toMatchObject({ ok: true, segment: { source: "Pasar sepi hari ini.", target: "EN Pasar sepi EN hari ini.", status: "machine", version: 2 } });
      const after = await rows();
      expect(after.map((s) => [s.position, s.source])).toEqual([
        [0, "Judul berita"],
        [1, "Harga naik. Warga mengeluh."],
        [2, "Pemerintah diam."],
        [3, "Pasar sepi hari ini."],
      ]);
      expect(await db.segment.count({ where: { id: idAt(ids, 4) } })).toBe(0);
      expect(await db.change.count({ where: { segmentId: idAt(ids, 3) } })).toBe(2);
    });

    it("renumbers everything after a merge in the middle, and relinks mentions", async () => {
      expect(await mergeSegments({ id: idAt(ids, 1), version: 1, nextVersion: 1 })).toMatchObject({ ok: true });
      expect((await rows()).map((s) => s.position)).toEqual([0, 1, 2, 3]);
      await expectMentionsConsistent();
    });

    it.each([
      ["the last sentence", 4, { version: 1, nextVersion: 1 }, "invalid-input"],
      ["the title with body text", 0, { version: 1, nextVersion: 1 }, "invalid-input"],
      ["a stale version of the first", 3, { version: 0, nextVersion: 1 }, "version-conflict"],
      ["a stale version of the next", 3, { version: 1, nextVersion: 0 }, "version-conflict"],
    ])("refuses %s and changes nothing", async (_name, index, versions, code) => {
      if (index === 0) await db.segment.update({ where: { id: idAt(ids, 1) }, data: { kind: "body" } });
      if (index === 0) await db.segment.update({ where: { id: idAt(ids, 0) }, data: { kind: "title" } });
      const before = await rows();
      expect(await mergeSegments({ id: idAt(ids, index), ...versions })).toMatchObject({ ok: false, code });
      expect(await rows()).toEqual(before);
    });

    it("splits and merges back to the same text", async () => {
      const split = await splitSegment({ id: idAt(ids, 1), version: 1, sourceAt: 11, targetAt: 12 });
      if (!split.ok) throw new Error(split.message);
      const merged = await mergeSegments({ id: idAt(ids, 1), version: split.first.version, nextVersion: split.second.version });
      expect(merged).toMatchObject({ ok: true, segment: { source: "Harga naik. Warga mengeluh.", target: "Prices rise. Residents complain." } });
      expect((await rows()).map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    });
  });

  describe("split and merge relink only the sentences they change", () => {
    /** A mention a person may already have checked, on a sentence neither operation touches. */
    async function untouchedMention() {
      const entry = await db.glossaryEntry.create({ data: { key: "pemerintah", source: "Pemerintah" } });
      return db.entityMention.create({ data: { entryId: entry.id, documentId, segmentId: idAt(ids, 2), start: 0, end: 10, surface: "Pemerintah" } });
    }

    it.each([
      ["split", () => splitSegment({ id: idAt(ids, 1), version: 1, sourceAt: 11, targetAt: 12 })],
      ["merge", () => mergeSegments({ id: idAt(ids, 3), version: 1, nextVersion: 1 })],
    ])("%s keeps other sentences' mention rows as they were", async (_name, operation) => {
      const kept = await untouchedMention();
      expect(await operation()).toMatchObject({ ok: true });
      expect(await db.entityMention.findUnique({ where: { id: kept.id } })).toEqual(kept);
      await expectMentionsConsistent();
    });

    it("merge drops an entry whose only mention was in the removed sentence", async () => {
      const entry = await db.glossaryEntry.create({
        data: { key: "xqzw", source: "Xqzw", mentions: { create: { documentId, segmentId: idAt(ids, 4), start: 0, end: 4, surface: "hari" } } },
      });
      expect(await mergeSegments({ id: idAt(ids, 3), version: 1, nextVersion: 1 })).toMatchObject({ ok: true });
      expect(await db.glossaryEntry.findUnique({ where: { id: entry.id } })).toBeNull();
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/documents/[id]/route";
import { db } from "@/lib/db";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import type { DocumentChanges, DocumentView } from "./types";
import { describeEachProvider } from "@/lib/test/providers";

let documentId = "";
let ids: string[] = [];

describeEachProvider("reader live changes", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    const seeded = await seedDocument([
      { source: "Kalimat pertama.", status: "pending" },
      { source: "Kalimat kedua.", status: "pending", paragraphIndex: 1 },
      { source: "Kalimat ketiga.", status: "machine", paragraphIndex: 1 },
    ]);
    documentId = seeded.documentId;
    ids = seeded.ids;
    await db.document.update({ where: { id: documentId }, data: { status: "translating" } });
  });

  async function get(query = "", id = documentId): Promise<Response> {
    return GET(new Request(`http://localhost/api/documents/${id}${query}`), { params: Promise.resolve({ id }) });
  }

  async function changesSince(version: number): Promise<DocumentChanges> {
    const response = await get(`?since=${version}`);
    expect(response.status).toBe(200);
    return (await response.json()) as DocumentChanges;
  }

  describe("GET /api/documents/:id?since=", () => {
    it("sends only the sentences changed after the version, with status and progress", async () => {
      const full = (await (await get()).json()) as DocumentView;
      expect(full.paragraphs.flatMap((p) => p.segments)).toHaveLength(3);

      const nothing = await changesSince(full.changeVersion);
      expect(nothing).toMatchObject({ id: documentId, status: "translating", progress: { translated: 1, total: 3 }, segments: [] });
      expect(nothing.changeVersion).toBe(full.changeVersion);

      await db.segment.update({ where: { id: idAt(ids, 1) }, data: { target: "The second sentence.", status: "machine", engine: "draft:lexicon" } });
      const one = await changesSince(full.changeVersion);
      expect(one.segments.map((s) => [s.id, s.target, s.status, s.paragraphIndex])).toEqual([[idAt(ids, 1), "The second sentence.", "machine", 1]]);
      expect(one.progress).toEqual({ translated: 2, total: 3 });
      expect(one.changeVersion).toBeGreaterThan(full.changeVersion);

      // From the newer version on, the same change is not sent again.
      expect((await changesSince(one.changeVersion)).segments).toEqual([]);

      await db.segment.update({ where: { id: idAt(ids, 0) }, data: { target: "The first.", status: "machine" } });
      await db.document.update({ where: { id: documentId }, data: { status: "ready" } });
      const last = await changesSince(one.changeVersion);
      expect(last).toMatchObject({ status: "ready", progress: { translated: 3, total: 3 } });
      expect(last.segments.map((s) => s.id)).toEqual([idAt(ids, 0)]);
    });

    it("reports a changed sentence count, so the reader knows to fetch the whole document", async () => {
      const full = (await (await get()).json()) as DocumentView;
      await db.segment.delete({ where: { id: idAt(ids, 2) } });
      expect((await changesSince(full.changeVersion)).progress.total).toBe(2);
    });

    it("sends a sentence whose glossary marks changed, though its text did not", async () => {
      const full = (await (await get()).json()) as DocumentView;
      const entry = await db.glossaryEntry.create({ data: { key: "kalimat", source: "Kalimat", type: "other" } });
      await db.entityMention.create({ data: { entryId: entry.id, documentId, segmentId: idAt(ids, 2), start: 0, end: 7, surface: "Kalimat" } });
      const linked = await changesSince(full.changeVersion);
      expect(linked.segments.map((s) => [s.id, s.mentions.length])).toEqual([[idAt(ids, 2), 1]]);
    });

    it("carries the document's failed sentences, which live in the queue, not on the sentence", async () => {
      const full = (await (await get()).json()) as DocumentView;
      await db.translationTask.create({ data: { segmentId: idAt(ids, 0), attempts: 3, lastError: "model error", failedAt: new Date() } });
      expect((await changesSince(full.changeVersion)).translationFailures).toEqual([{ segmentId: idAt(ids, 0), reason: "model error" }]);
    });

    it("refuses a since that is not a version, and 404s an unknown document", async () => {
      for (const bad of ["", "-1", "1.5", "2026-12-01T00:00:00Z", "1e3", "9".repeat(16)]) {
        expect((await get(`?since=${encodeURIComponent(bad)}`)).status).toBe(422);
      }
      expect((await get("?since=0", "nope")).status).toBe(404);
    });
  });
});

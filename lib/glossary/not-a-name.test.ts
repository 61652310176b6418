// "Not a name" and its undo, through the route handlers: the marks go everywhere, stay
// gone through re-ingest and recompute, and come back (on the same entry) when undone.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { editorAuthorization } from "@/lib/test/accounts";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { POST as notAName } from "@/app/api/glossary/[id]/not-a-name/route";
import { GET as listRoute } from "@/app/api/glossary/suppressed/route";
import { DELETE as undoRoute } from "@/app/api/glossary/suppressed/[key]/route";
import { glossaryTsv } from "@/lib/test/export-fixtures";
import { listGlossary } from "./list-glossary";
import { recomputeDocumentEntities } from "./recompute-document-entities";
import { updateGlossaryEntry } from "./update-glossary-entry";
import { deleteDocument } from "@/lib/documents/delete-document";
import { restoreRemovedLine } from "@/lib/documents/restore-removed-line";
import { describeEachProvider } from "@/lib/test/providers";

const NAME = "Arkadi Velzorkova";
vi.mock("@/lib/jobs/queue", async (actual) => (await import("@/lib/test/queue-stand-in")).queueWithPostgresStandIn(actual));

const text = (extra: string) => `Kunjungan ke Moskow ${extra}\n\nMenteri ${NAME} tiba di Moskow. Menurut Velzorkova, pertemuan ${extra} berjalan baik.`;

const mark = (id: string) => notAName(new Request(`http://localhost/api/glossary/${id}/not-a-name`, { method: "POST", headers: { authorization } }), { params: Promise.resolve({ id }) });
const undo = (key: string) => undoRoute(new Request(`http://localhost/api/glossary/suppressed/${encodeURIComponent(key)}`, { method: "DELETE", headers: { authorization } }), { params: Promise.resolve({ key }) });
const mentionsOf = (entryId: string) => db.entityMention.count({ where: { entryId } });

let documents: string[] = [];
let entryId = "";

// The routes need someone allowed to edit: an editor with an API token ("Eda Editor").
let authorization = "";
describeEachProvider("not a name", () => {
  beforeAll(async () => {
    ({ authorization } = await editorAuthorization());
  });

  beforeEach(async () => {
    await db.document.deleteMany();
    await db.glossaryEntry.deleteMany();
    await db.glossarySuppression.deleteMany();
    documents = [(await ingestDocument({ text: text("pertama") })).id, (await ingestDocument({ text: text("kedua") })).id];
    const entry = await db.glossaryEntry.findUniqueOrThrow({ where: { key: "arkadi velzorkova" } });
    entryId = entry.id;
  });

  describe("POST /api/glossary/:id/not-a-name", () => {
    it("removes every mark, hides the entry, and lists the suppression", async () => {
      expect(await mentionsOf(entryId)).toBe(4);
      const response = await mark(entryId);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ entryId, source: NAME, removedMentions: 4, keys: expect.arrayContaining(["arkadi velzorkova"]) });
      expect(await mentionsOf(entryId)).toBe(0);
      expect((await listGlossary({ query: "velzorkova" })).map((e) => e.source)).toEqual([]);
      expect((await listGlossary({ query: "moskow" })).map((e) => e.source)).toEqual(["Moskow"]);
      expect(await glossaryTsv()).not.toContain("Velzorkova");

      const listed = (await (await listRoute()).json()) as { suppressed: { key: string; source: string; keys: string[]; actorName: string; createdAt: string }[] };
      expect(listed.suppressed).toHaveLength(1);
      expect(listed.suppressed[0]).toMatchObject({ source: NAME, actorName: "Eda Editor" });
    });

    it("stays suppressed through a recompute and a fresh ingest", async () => {
      await mark(entryId);
      for (const id of documents) await recomputeDocumentEntities(id);
      const third = await ingestDocument({ text: text("ketiga") });
      expect(await db.entityMention.count({ where: { surface: { contains: "Velzorkova" } } })).toBe(0);
      expect(await db.glossaryEntry.count({ where: { key: { contains: "velzorkova" } } })).toBe(1);
      // The rest of the text is still linked as before.
      expect(await db.entityMention.count({ where: { documentId: third.id, surface: "Moskow" } })).toBe(2);
    });

    it("stays suppressed when a removed line naming it is restored", async () => {
      const line = `Baca juga: ${NAME} bertemu wartawan`;
      const { id } = await ingestDocument({ text: `${text("keempat")}\n\n${line}` });
      await mark(entryId);
      expect((await restoreRemovedLine(id, line)).added).toBeGreaterThan(0);
      expect(await db.entityMention.count({ where: { documentId: id, surface: { contains: "Velzorkova" } } })).toBe(0);
    });

    it("answers 404 for an unknown entry and changes nothing", async () => {
      expect((await mark("no-such-entry")).status).toBe(404);
      expect(await db.glossarySuppression.count()).toBe(0);
    });

    it("is idempotent: marking again removes nothing more", async () => {
      await mark(entryId);
      const again = await mark(entryId);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ removedMentions: 0 });
    });
  });

  describe("DELETE /api/glossary/suppressed/:key", () => {
    it("brings every mark back on the same entry, with the rendering a person chose", async () => {
      expect((await updateGlossaryEntry(entryId, { target: "Arkady Velzorkov" })).ok).toBe(true);
      await mark(entryId);
      // A document in the trash gets its marks back too, ready for a restore.
      await deleteDocument(documents[1] ?? "");
      const response = await undo("arkadi velzorkova");
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ source: NAME, documents: 2 });
      expect(await mentionsOf(entryId)).toBe(4);
      expect(await db.glossarySuppression.count()).toBe(0);
      expect((await listGlossary({ query: "velzorkova" })).map((e) => [e.id, e.target])).toEqual([[entryId, "Arkady Velzorkov"]]);
      expect(await glossaryTsv()).toContain("Arkady Velzorkov");
    });

    it("answers 404 for a key that is not suppressed", async () => {
      expect((await undo("no such key")).status).toBe(404);
    });
  });
});

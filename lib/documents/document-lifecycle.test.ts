// Rename, delete to the trash, restore and purge, through the operations and the
// route handlers: statuses, bad input, and that every edit survives a round trip.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { editorAuthorization } from "@/lib/test/accounts";
import { db } from "@/lib/db";
import { seedDocument } from "@/lib/test/segment-seed";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/documents/[id]/route";
import { GET as trashRoute } from "@/app/api/trash/route";
import { DELETE as purgeRoute } from "@/app/api/trash/[id]/route";
import { POST as restoreRoute } from "@/app/api/trash/[id]/restore/route";
import { MAX_TITLE_CHARS } from "@/lib/limits";
import { renameDocument } from "./rename-document";
import { deleteDocument } from "./delete-document";
import { undeleteDocument } from "./undelete-document";
import { purgeDocument, purgeExpiredTrash, purgeWholeTrash } from "./purge-document";
import { listTrash } from "./list-trash";
import { getDocument } from "./get-document";
import { describeEachProvider } from "@/lib/test/providers";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const patch = (id: string, body: unknown) =>
  patchRoute(new Request(`http://localhost/api/documents/${id}`, { method: "PATCH", body: JSON.stringify(body), headers: { "Content-Type": "application/json", authorization } }), params(id));
const remove = (id: string) => deleteRoute(new Request(`http://localhost/api/documents/${id}`, { method: "DELETE", headers: { authorization } }), params(id));
const restore = (id: string) => restoreRoute(new Request(`http://localhost/api/trash/${id}/restore`, { method: "POST", headers: { authorization } }), params(id));
const purge = (id: string) => purgeRoute(new Request(`http://localhost/api/trash/${id}`, { method: "DELETE", headers: { authorization } }), params(id));

const DAY = 24 * 60 * 60 * 1000;

async function seeded() {
  return seedDocument([
    { source: "Judul berita", status: "machine" },
    { source: "Kalimat yang diperbaiki.", target: "A corrected sentence.", status: "edited", paragraphIndex: 1 },
    { source: "Kalimat yang disetujui.", target: "An approved sentence.", status: "approved", paragraphIndex: 1 },
  ], "Judul asli");
}

const documentChanges = (documentId: string) =>
  db.change.findMany({ where: { documentId, segmentId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

// The routes need someone allowed to edit: an editor with an API token ("Eda Editor").
let authorization = "";

describeEachProvider("document lifecycle", () => {
  beforeAll(async () => {
    ({ authorization } = await editorAuthorization());
  });

  beforeEach(async () => {
    await db.document.deleteMany();
    await db.change.deleteMany();
  });

  describe("PATCH /api/documents/:id (rename)", () => {
    it("renames, records a rename with both titles, and leaves the title segment alone", async () => {
      const { documentId, ids } = await seeded();
      const response = await patch(documentId, { title: "  Judul baru " });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: documentId, title: "Judul baru" });
      expect((await getDocument(documentId))?.title).toBe("Judul baru");
      expect((await db.segment.findUniqueOrThrow({ where: { id: ids[0] } })).source).toBe("Judul berita");
      const [change, ...rest] = await documentChanges(documentId);
      expect(rest).toEqual([]);
      expect(change).toMatchObject({ action: "rename", actorKind: "person", actorName: "Eda Editor", segmentId: null, details: { from: "Judul asli", to: "Judul baru" } });
    });

    it("records nothing when the title does not change", async () => {
      const { documentId } = await seeded();
      expect((await patch(documentId, { title: "Judul asli" })).status).toBe(200);
      expect(await documentChanges(documentId)).toEqual([]);
    });

    it.each([
      ["an empty title", { title: "" }],
      ["a blank title", { title: "   " }],
      ["a huge title", { title: "a".repeat(MAX_TITLE_CHARS + 1) }],
      ["a lone surrogate", { title: "Judul \uD800" }],
      ["a number", { title: 42 }],
      ["no title", {}],
    ])("refuses %s with 422 and changes nothing", async (_name, body) => {
      const { documentId } = await seeded();
      const response = await patch(documentId, body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid-input");
      expect((await getDocument(documentId))?.title).toBe("Judul asli");
      expect(await documentChanges(documentId)).toEqual([]);
    });

    it("answers 404 for an unknown or a trashed document", async () => {
      expect((await patch("no-such-id", { title: "x" })).status).toBe(404);
      const { documentId } = await seeded();
      await deleteDocument(documentId);
      expect((await patch(documentId, { title: "x" })).status).toBe(404);
    });

    it("refuses a bad title in the operation too (the CLI and tests call it directly)", async () => {
      const { documentId } = await seeded();
      expect(await renameDocument(documentId, "\uDC00")).toMatchObject({ ok: false, code: "invalid-input" });
    });
  });

  describe("DELETE /api/documents/:id and the trash", () => {
    it("moves to the trash, lists it, and restores it with every edit intact", async () => {
      const { documentId } = await seeded();
      const before = await getDocument(documentId);
      const response = await remove(documentId);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { id: string; title: string; deletedAt: string; purgeAt: string };
      expect(body).toMatchObject({ id: documentId, title: "Judul asli" });
      expect(Date.parse(body.purgeAt) - Date.parse(body.deletedAt)).toBe(30 * DAY);
      expect(await getDocument(documentId)).toBeNull();

      const trash = (await (await trashRoute()).json()) as { documents: { id: string; title: string; deletedAt: string }[] };
      expect(trash.documents.map((d) => [d.id, d.title, d.deletedAt])).toEqual([[documentId, "Judul asli", body.deletedAt]]);

      const restored = await restore(documentId);
      expect(restored.status).toBe(200);
      expect(await restored.json()).toEqual({ id: documentId, title: "Judul asli" });
      expect(await getDocument(documentId)).toEqual(before);
      expect(await listTrash()).toEqual([]);
      expect((await documentChanges(documentId)).map((c) => c.action)).toEqual(["delete", "undelete"]);
    });

    it("refuses a second delete with 404 and keeps the first purge date", async () => {
      const { documentId } = await seeded();
      const first = new Date("2026-01-01T00:00:00Z");
      expect((await deleteDocument(documentId, undefined, first)).ok).toBe(true);
      const again = await remove(documentId);
      expect(again.status).toBe(404);
      expect(((await again.json()) as { error: { details: unknown } }).error.details).toEqual({ trashed: true });
      expect((await listTrash())[0]?.deletedAt).toBe(first.toISOString());
      expect((await documentChanges(documentId)).map((c) => c.action)).toEqual(["delete"]);
    });

    it.each([
      ["delete an unknown id", () => remove("no-such-id")],
      ["restore an unknown id", () => restore("no-such-id")],
      ["purge an unknown id", () => purge("no-such-id")],
    ])("answers 404 to %s", async (_name, call) => {
      expect((await call()).status).toBe(404);
    });

    it("never restores or purges a document that is not in the trash", async () => {
      const { documentId } = await seeded();
      expect((await restore(documentId)).status).toBe(404);
      expect((await purge(documentId)).status).toBe(404);
      expect(await getDocument(documentId)).not.toBeNull();
    });

    it("purges at once: segments and mentions go, change rows stay, and a purged document cannot be restored", async () => {
      const { documentId, ids } = await seeded();
      await deleteDocument(documentId);
      const changesBefore = await db.change.count({ where: { documentId } });
      const response = await purge(documentId);
      expect(response.status).toBe(200);
      expect(await db.document.findUnique({ where: { id: documentId } })).toBeNull();
      expect(await db.segment.count({ where: { id: { in: ids } } })).toBe(0);
      expect(await db.change.count({ where: { documentId } })).toBe(changesBefore);
      expect((await restore(documentId)).status).toBe(404);
      expect(await undeleteDocument(documentId)).toMatchObject({ ok: false, code: "not-found" });
      expect((await purge(documentId)).status).toBe(404);
    });
  });

  describe("purgeExpiredTrash", () => {
    it.each([
      ["29 days in the trash", 29 * DAY, false],
      ["exactly 30 days", 30 * DAY, false],
      ["30 days and a second", 30 * DAY + 1000, true],
      ["a year", 365 * DAY, true],
    ])("%s: purged = %s", async (_name, age, purged) => {
      const { documentId } = await seeded();
      const now = new Date("2026-06-01T12:00:00Z");
      await deleteDocument(documentId, undefined, new Date(now.getTime() - age));
      expect(await purgeExpiredTrash(now)).toEqual(purged ? [documentId] : []);
      expect((await db.document.findUnique({ where: { id: documentId } })) === null).toBe(purged);
    });

    it("never purges a live document, and purgeWholeTrash empties the trash whatever its age", async () => {
      const live = await seeded();
      const trashed = await seedDocument([{ source: "Lain sama sekali." }], "Lain");
      await deleteDocument(trashed.documentId);
      expect(await purgeExpiredTrash(new Date(Date.now() + 365 * DAY))).toEqual([trashed.documentId]);
      const again = await seedDocument([{ source: "Ketiga." }], "Ketiga");
      await deleteDocument(again.documentId);
      expect(await purgeWholeTrash()).toEqual([again.documentId]);
      expect(await getDocument(live.documentId)).not.toBeNull();
      expect(await purgeDocument(live.documentId)).toMatchObject({ ok: false, code: "not-found" });
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainQueue } from "@/lib/jobs/translation-worker";
import { retranslateDocument } from "./retranslate-document";
import { retranslateSegment } from "./retranslate-segment";
import { idAt, seedDocument } from "@/lib/test/segment-seed";

let documentId = "";
let ids: string[] = [];

beforeEach(async () => {
  await db.document.deleteMany();
  const seeded = await seedDocument([
    { source: "Harga beras naik.", status: "machine", target: "old machine text" },
    { source: "Warga mengeluh.", status: "edited", target: "Residents complain." },
    { source: "Pasar sepi.", status: "approved", target: "The market is quiet." },
  ]);
  documentId = seeded.documentId;
  ids = seeded.ids;
});

const statuses = async () => (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.status);

describe("retranslateDocument", () => {
  it("queues machine sentences only and the worker rewrites them", async () => {
    expect(await retranslateDocument(documentId)).toEqual({ ok: true, queued: 1 });
    expect(await statuses()).toEqual(["pending", "edited", "approved"]);
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).status).toBe("translating");
    await drainQueue();
    const rows = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
    expect(rows.map((s) => [s.status, s.target === "old machine text"])).toEqual([
      ["machine", false],
      ["edited", false],
      ["approved", false],
    ]);
    expect(rows[1]?.target).toBe("Residents complain.");
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).status).toBe("ready");
  });

  it("returns not-found for an unknown document", async () => {
    expect(await retranslateDocument("nope")).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("retranslateSegment", () => {
  it.each([
    ["a machine sentence", 0, false, { ok: true }],
    ["an edited one without force", 1, false, { ok: false, code: "forbidden" }],
    ["an approved one with force", 2, true, { ok: true }],
  ])("handles %s", async (_name, index, force, expected) => {
    const result = await retranslateSegment({ id: idAt(ids, index), version: 1, force });
    expect(result).toMatchObject(expected);
    const row = await db.segment.findUniqueOrThrow({ where: { id: idAt(ids, index) } });
    expect(row.status === "pending").toBe(expected.ok);
  });

  it("refuses a stale version", async () => {
    expect(await retranslateSegment({ id: idAt(ids, 0), version: 0 })).toMatchObject({ ok: false, code: "version-conflict" });
  });
});

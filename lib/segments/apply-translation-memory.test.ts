import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { seedDocument } from "@/lib/test/segment-seed";
import { changeRows } from "@/lib/test/change-rows";

const ARTICLE = `Harga Beras Naik di Pasar

Harga beras naik lagi pada hari Senin. Pedagang mengeluhkan sepinya pembeli.

Pemerintah berjanji menurunkan harga.`;

beforeEach(async () => {
  await db.document.deleteMany();
});

async function segmentsOf(id: string) {
  return db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
}

describe("translation memory at ingest", () => {
  it("reuses reviewed translations for exact source matches and leaves the rest to the engine", async () => {
    await seedDocument([
      { source: "Harga beras naik lagi pada hari Senin.", status: "edited", target: "Rice prices rose again on Monday." },
      { source: "Pemerintah berjanji menurunkan harga.", status: "machine", target: "machine only" },
      { source: "Pedagang mengeluhkan sepinya pembeli.", status: "edited", target: "older edit" },
    ]);
    await seedDocument([{ source: "Pedagang mengeluhkan sepinya pembeli.", status: "approved", target: "Traders complain of few buyers." }]);
    const { id } = await ingestDocument({ text: ARTICLE });
    const rows = await segmentsOf(id);
    expect(rows.map((s) => [s.source, s.status, s.engine, s.target])).toEqual([
      ["Harga Beras Naik di Pasar", "pending", null, null],
      ["Harga beras naik lagi pada hari Senin.", "memory", "memory", "Rice prices rose again on Monday."],
      ["Pedagang mengeluhkan sepinya pembeli.", "memory", "memory", "Traders complain of few buyers."],
      ["Pemerintah berjanji menurunkan harga.", "pending", null, null],
    ]);
    const reused = rows[1]!;
    expect(reused.version).toBe(1);
    expect((await changeRows(reused.id)).map((r) => [r.action, r.origin, r.status, r.version])).toEqual([["memory", "memory", "memory", 1]]);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).status).toBe("translating");
  });

  it("marks the document ready when memory covers every sentence", async () => {
    const sources = ["Harga Beras Naik di Pasar", "Harga beras naik lagi pada hari Senin.", "Pedagang mengeluhkan sepinya pembeli.", "Pemerintah berjanji menurunkan harga."];
    await seedDocument(sources.map((source) => ({ source, status: "approved" as const, target: `EN: ${source}` })));
    const { id } = await ingestDocument({ text: ARTICLE });
    expect((await segmentsOf(id)).every((s) => s.status === "memory" && s.engine === "memory")).toBe(true);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).status).toBe("ready");
  });
});

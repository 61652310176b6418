// Imported units in use: exact fills at ingest (status memory, engine import:<file>),
// fuzzy suggestions in the editor, the export's reviewed filters, removal, and the
// project's own TMX and TSV exports read back into memory.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { findFuzzySuggestions } from "@/lib/segments/fuzzy-suggestions";
import { exportBytes } from "@/lib/test/export-fixtures";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { importText, tmxText } from "@/lib/test/memory-import";
import { changeRows } from "@/lib/test/change-rows";
import { removeMemoryImport } from "./remove-memory-import";
import { listMemoryImports } from "./list-memory-imports";
import { describeEachProvider } from "@/lib/test/providers";

vi.mock("@/lib/jobs/queue", async (actual) => (await import("@/lib/test/queue-stand-in")).queueWithPostgresStandIn(actual));

const ARTICLE = `Harga Beras Naik di Pasar

Harga beras naik lagi pada hari Senin. Pedagang mengeluhkan sepinya pembeli.`;

describeEachProvider("imported memory", () => {
  beforeEach(async () => {
    await db.memoryImport.deleteMany();
    await db.document.deleteMany();
  });

  const segmentsOf = (documentId: string) => db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });

  describe("exact matches at ingest", () => {
    it("fills a sentence from an import as unreviewed memory naming the file", async () => {
      const report = await importText(tmxText([["Harga beras  naik lagi pada hari Senin.", "Rice prices rose again on Monday."]]), "tmx", "beras.tmx");
      const { id } = await ingestDocument({ text: ARTICLE });
      const [, filled, other] = await segmentsOf(id);
      expect(filled).toMatchObject({ status: "memory", engine: "import:beras.tmx", target: "Rice prices rose again on Monday.", reviewedBy: null });
      expect(other?.status).toBe("pending");
      const [change] = await changeRows(filled!.id);
      expect(change).toMatchObject({ action: "memory", actorKind: "engine", origin: "import:beras.tmx", engine: "import:beras.tmx", details: { fromImport: report.id } });
    });

    it("prefers a person's reviewed sentence over an import, and the newest import over older ones", async () => {
      await importText("Pedagang mengeluhkan sepinya pembeli.\tOld import.\nHarga beras naik lagi pada hari Senin.\tOld rice.\n", "tsv", "old.tsv");
      await importText("Pedagang mengeluhkan sepinya pembeli.\tNew import.\n", "tsv", "new.tsv");
      await seedDocument([{ source: "Harga beras naik lagi pada hari Senin.", status: "approved", target: "Reviewed rice." }]);
      const { id } = await ingestDocument({ text: ARTICLE });
      const rows = await segmentsOf(id);
      expect(rows.slice(1).map((s) => [s.engine, s.target])).toEqual([["memory", "Reviewed rice."], ["import:new.tsv", "New import."]]);
    });

    it("never lets an imported fill pass the export's reviewed filters", async () => {
      await importText("Harga beras naik lagi pada hari Senin.\tRice prices rose again on Monday.\n", "tsv");
      await ingestDocument({ text: ARTICLE });
      expect((await exportBytes({ status: "translated" })).toString()).toContain("Rice prices rose again on Monday.");
      await expect(exportBytes({ status: "checked" })).rejects.toMatchObject({ code: "empty-export" });
      await expect(exportBytes({ status: "approved" })).rejects.toMatchObject({ code: "empty-export" });
    });

    it("keeps sentences already filled when their import is removed", async () => {
      const report = await importText("Harga beras naik lagi pada hari Senin.\tRice.\n", "tsv", "beras.tsv");
      const { id } = await ingestDocument({ text: ARTICLE });
      expect(await removeMemoryImport(report.id)).toEqual({ ok: true, id: report.id, units: 1 });
      expect(await db.memoryUnit.count()).toBe(0);
      expect(await listMemoryImports()).toEqual([]);
      expect((await segmentsOf(id))[1]).toMatchObject({ status: "memory", engine: "import:beras.tsv", target: "Rice." });
      const again = await ingestDocument({ text: `${ARTICLE}\n\nKalimat baru.` });
      expect((await segmentsOf(again.id))[1]?.status).toBe("pending");
      expect(await removeMemoryImport(report.id)).toMatchObject({ ok: false, code: "not-found" });
    });
  });

  describe("fuzzy suggestions from imports", () => {
    it("offers a similar imported unit as unreviewed memory with its origin, after equal reviewed sentences", async () => {
      await seedDocument([{ source: "Harga beras naik lagi pada hari Senin.", status: "edited", target: "Reviewed." }]);
      await importText("Harga beras naik lagi pada hari Senin.\tImported same.\nHarga beras naik lagi pada hari Senin itu.\tImported close.\nPresiden tiba.\tFar away.\n", "tsv", "tm.tsv");
      const editing = await seedDocument([{ source: "Harga beras naik lagi pada hari Senin ini." }]);
      const result = await findFuzzySuggestions(idAt(editing.ids, 0));
      if (!result.ok) throw new Error(result.message);
      expect(result.suggestions.map((s) => [s.target, s.status, s.origin, s.segmentId === null])).toEqual([
        ["Reviewed.", "edited", null, false],
        ["Imported same.", "memory", "import:tm.tsv", true],
        ["Imported close.", "memory", "import:tm.tsv", true],
      ]);
    });

    it("stops offering units once their import is removed", async () => {
      const report = await importText("Harga beras naik lagi pada hari Senin.\tImported.\n", "tsv");
      const editing = await seedDocument([{ source: "Harga beras naik lagi pada hari Senin ini." }]);
      await removeMemoryImport(report.id);
      const result = await findFuzzySuggestions(idAt(editing.ids, 0));
      expect(result.ok && result.suggestions).toEqual([]);
    });
  });

  describe("the project's own exports round-trip into memory", () => {
    const PAIRS = [
      { source: "Harga naik & turun <5%> \"kata\".", target: "Prices rise & fall <5%> \"word\"." },
      { source: "Emoji 🎉 dan C:\\jalan", target: "Emoji 🎉 and C:\\path" },
      { source: "=SUM(A1) +62", target: "=SUM(A1) +62 ok" },
    ];

    it.each(["tmx", "tsv"] as const)("%s", async (format) => {
      await seedDocument(PAIRS.map((p) => ({ ...p, status: "approved" as const })));
      const exported = await exportBytes({ format, status: "approved", header: true });
      await db.document.deleteMany();
      const report = await importText(exported, format, `corpus.${format}`);
      expect(report).toMatchObject({ imported: PAIRS.length, duplicates: 0, refused: 0 });
      const units = await db.memoryUnit.findMany({ orderBy: { id: "asc" }, select: { source: true, target: true } });
      expect(units).toEqual(PAIRS);
    });

    it("tsv with --columns meta: the header names the width, the pairs come in", async () => {
      await seedDocument(PAIRS.map((p) => ({ ...p, status: "approved" as const })));
      const exported = await exportBytes({ format: "tsv", status: "approved", header: true, columns: "meta" });
      await db.document.deleteMany();
      expect(await importText(exported, "tsv", "corpus-meta.tsv")).toMatchObject({ imported: PAIRS.length, duplicates: 0, refused: 0 });
      expect(await db.memoryUnit.findMany({ orderBy: { id: "asc" }, select: { source: true, target: true } })).toEqual(PAIRS);
    });
  });
});

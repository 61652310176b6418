// What an export says about where each pair came from: the producing engine and the
// reviewer as separate figures and columns, memory fills kept out of "checked", and
// drafts that are left out counted instead of silently missing.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runExport } from "@/lib/cli/export-command";
import { GET as corpusExport } from "@/app/api/export/route";
import { GET as documentExport } from "@/app/api/documents/[id]/export/route";
import { db } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import { BASE_OPTIONS, exportBytes } from "@/lib/test/export-fixtures";
import { unescapeSpreadsheetCell } from "@/lib/text/tsv";
import { getExportStats } from "./export-stats";
import type { JsonlPair } from "./stream-jsonl";
import { TSV_META_HEADER } from "./stream-tsv";
import { withSourceHash } from "@/lib/text/text-hash";
import { describeEachProvider } from "@/lib/test/providers";

type Seed = { source: string; target: string | null; status: SegmentStatus; engine: string | null; reviewedBy: string | null; alignConfidence?: number };

const REVIEWED: readonly Seed[] = [
  { source: "Draf yang dikoreksi.", target: "A corrected draft.", status: "edited", engine: "draft:lexicon", reviewedBy: "human" },
  { source: "Mesin yang disetujui.", target: "=approved machine", status: "approved", engine: "neural:opus-mt-id-en", reviewedBy: "ana" },
  { source: "Dari memori.", target: "From memory.", status: "memory", engine: "memory", reviewedBy: null },
  { source: "Mesin saja.", target: "Machine only.", status: "machine", engine: "neural:opus-mt-id-en", reviewedBy: null },
  { source: "Draf mentah.", target: "Raw draft.", status: "machine", engine: "draft:lexicon", reviewedBy: null },
];
const DRAFTS_ONLY: readonly Seed[] = [
  { source: "Satu.", target: "One.", status: "machine", engine: "draft:lexicon", reviewedBy: null },
  { source: "Dua.", target: "Two.", status: "machine", engine: "draft:lexicon", reviewedBy: null },
  { source: "Tiga.", target: null, status: "pending", engine: null, reviewedBy: null },
];

// A published translation: two aligned pairs (one corrected by hand since) and a gap.
const ALIGNED: readonly Seed[] = [
  { source: "Banjir melanda.", target: "Floods struck.", status: "reference", engine: "aligned", reviewedBy: null, alignConfidence: 0.87654 },
  { source: "Hujan turun.", target: "Rain is falling.", status: "edited", engine: "aligned", reviewedBy: "ana", alignConfidence: 1 },
  { source: "", target: "A note from our editors.", status: "reference", engine: "aligned", reviewedBy: null, alignConfidence: 0 },
];

let reviewed: string;
let draftsOnly: string;
let aligned: string;

async function createDocument(title: string, segments: readonly Seed[], createdAt: Date): Promise<string> {
  const document = await db.document.create({
    data: {
      title, rawText: title, contentHash: randomUUID(), status: "ready", createdAt,
      segments: { createMany: { data: segments.map((s, position) => withSourceHash({ ...s, position, paragraphIndex: 0 })) } },
    },
  });
  return document.id;
}

describeEachProvider("export provenance", () => {
  beforeAll(async () => {
    reviewed = await createDocument("Ditinjau", REVIEWED, new Date("2025-01-01T00:00:00Z"));
    draftsOnly = await createDocument("Hanya draf", DRAFTS_ONLY, new Date("2025-01-02T00:00:00Z"));
    aligned = await createDocument("Terbitan", ALIGNED, new Date("2025-01-03T00:00:00Z"));
  });

  describe("export statistics", () => {
    it("give the producing engine and the reviewer as separate figures, and the drafts left out", async () => {
      const stats = await getExportStats({ ...BASE_OPTIONS, documentIds: [reviewed] });
      expect(stats).toMatchObject({
        pairs: 4,
        byStatus: { edited: 1, approved: 1, memory: 1, machine: 1 },
        // The corrected draft stays under the engine that produced it…
        byEngine: { "draft:lexicon": 1, "neural:opus-mt-id-en": 2, memory: 1 },
        // …and its reviewer is counted on its own.
        byReviewer: { human: 1, ana: 1 },
        unreviewed: 2,
        draftsLeftOut: 1,
      });
    });

    it.each([
      { name: "checked: memory fills are not checked", status: "checked" as const, drafts: false, pairs: 2, draftsLeftOut: 0 },
      { name: "translated keeps memory fills (they are not drafts)", status: "translated" as const, drafts: false, pairs: 4, draftsLeftOut: 1 },
      { name: "drafts=1 leaves nothing out", status: "translated" as const, drafts: true, pairs: 5, draftsLeftOut: 0 },
      { name: "a drafts-only document", status: "translated" as const, drafts: false, pairs: 0, draftsLeftOut: 2, document: () => draftsOnly },
    ])("$name", async ({ status, drafts, pairs, draftsLeftOut, document }) => {
      const stats = await getExportStats({ ...BASE_OPTIONS, status, drafts, documentIds: [document?.() ?? reviewed] });
      expect({ pairs: stats.pairs, draftsLeftOut: stats.draftsLeftOut }).toEqual({ pairs, draftsLeftOut });
    });
  });

  describe("export metadata", () => {
    it("TSV with metadata has status, engine and reviewed_by columns", async () => {
      const lines = (await exportBytes({ documentIds: [reviewed], header: true, columns: "meta" })).toString("utf8").trim().split("\n");
      const header = lines[0]?.split("\t") ?? [];
      expect(header).toEqual([...TSV_META_HEADER]);
      const column = (name: string) => lines.slice(1).map((line) => line.split("\t")[header.indexOf(name)]);
      expect(column("status")).toEqual(["edited", "approved", "memory", "machine"]);
      expect(column("engine")).toEqual(["draft:lexicon", "neural:opus-mt-id-en", "memory", "neural:opus-mt-id-en"]);
      expect(column("reviewed_by")).toEqual(["human", "ana", "", ""]);
    });

    it("JSONL carries engine and reviewedBy", async () => {
      const lines = (await exportBytes({ format: "jsonl", documentIds: [reviewed] })).toString("utf8").trim().split("\n");
      const pairs = lines.map((line) => JSON.parse(line) as JsonlPair);
      expect(pairs.map((pair) => [pair.status, pair.engine, pair.reviewedBy])).toEqual([
        ["edited", "draft:lexicon", "human"],
        ["approved", "neural:opus-mt-id-en", "ana"],
        ["memory", "memory", null],
        ["machine", "neural:opus-mt-id-en", null],
      ]);
    });

    it("TMX carries an x-reviewed-by property", async () => {
      const tmx = (await exportBytes({ format: "tmx", documentIds: [reviewed] })).toString("utf8");
      expect(tmx).toContain('<prop type="x-reviewed-by">ana</prop>');
      expect(tmx.match(/<prop type="x-reviewed-by">/g)).toHaveLength(4);
    });
  });

  describe("a published translation's provenance", () => {
    const provenance = [
      ["reference", "aligned", "0.877"],
      ["edited", "aligned", "1"],
      ["reference", "aligned", "0"],
    ];

    it("TSV with metadata ends with an align_confidence column; other pairs leave it empty", async () => {
      const tsv = (await exportBytes({ documentIds: [aligned, reviewed], header: true, columns: "meta" })).toString("utf8");
      const lines = tsv.trim().split("\n");
      const header = lines[0]?.split("\t") ?? [];
      expect(header.at(-1)).toBe("align_confidence");
      const rows = lines.slice(1).map((line) => line.split("\t"));
      const cells = (row: string[]) => ["status", "engine", "align_confidence"].map((name) => row[header.indexOf(name)]);
      expect(rows.filter((row) => row[header.indexOf("document_id")] === aligned).map(cells)).toEqual(provenance);
      expect(rows.filter((row) => row[header.indexOf("document_id")] === reviewed).map((row) => row.at(-1))).toEqual(["", "", "", ""]);
    });

    it("JSONL has alignConfidence, null for other pairs", async () => {
      const lines = (await exportBytes({ format: "jsonl", documentIds: [aligned, reviewed] })).toString("utf8").trim().split("\n");
      const pairs = lines.map((line) => JSON.parse(line) as JsonlPair);
      const mine = pairs.filter((pair) => pair.documentId === aligned);
      expect(mine.map((pair) => [pair.status, pair.engine, String(pair.alignConfidence)])).toEqual(provenance);
      expect(mine[1]?.reviewedBy).toBe("ana");
      expect(pairs.filter((pair) => pair.documentId === reviewed).every((pair) => pair.alignConfidence === null)).toBe(true);
    });

    it("TMX has an x-align-confidence property on aligned units only", async () => {
      const tmx = (await exportBytes({ format: "tmx", documentIds: [aligned, reviewed] })).toString("utf8");
      expect(tmx.match(/<prop type="x-align-confidence">[^<]*<\/prop>/g)).toEqual([
        '<prop type="x-align-confidence">0.877</prop>',
        '<prop type="x-align-confidence">1</prop>',
        '<prop type="x-align-confidence">0</prop>',
      ]);
      expect(tmx.match(/<prop type="x-engine">aligned<\/prop>/g)).toHaveLength(3);
      expect(tmx.match(/<prop type="x-status">reference<\/prop>/g)).toHaveLength(2);
    });
  });

  describe("an empty export", () => {
    it("answers 404 empty-export with the drafts it left out, instead of an empty file", async () => {
      const response = await documentExport(new Request("http://localhost/x?format=tsv"), { params: Promise.resolve({ id: draftsOnly }) });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string; details: { draftsLeftOut: number } } };
      expect(body.error).toMatchObject({ code: "empty-export", details: { draftsLeftOut: 2 } });
      expect(body.error.message).toContain("drafts=1");
    });

    it("downloads once drafts are included", async () => {
      const response = await documentExport(new Request("http://localhost/x?format=tsv&drafts=1"), { params: Promise.resolve({ id: draftsOnly }) });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("Satu.\tOne.\nDua.\tTwo.\n");
    });

    it("refuses a header-only file too", async () => {
      const response = await corpusExport(new Request(`http://localhost/api/export?status=approved&header=1&documents=${draftsOnly}`));
      expect(response.status).toBe(404);
    });
  });

  describe("spreadsheet=1", () => {
    it("prefixes formula-like cells with an apostrophe; plain TSV keeps them", async () => {
      const plain = await (await corpusExport(new Request(`http://localhost/api/export?documents=${reviewed}&status=approved`))).text();
      const safe = await (await corpusExport(new Request(`http://localhost/api/export?documents=${reviewed}&status=approved&spreadsheet=1`))).text();
      expect(plain).toBe("Mesin yang disetujui.\t=approved machine\n");
      expect(safe).toBe("Mesin yang disetujui.\t'=approved machine\n");
      expect(safe.trim().split("\t").map(unescapeSpreadsheetCell)).toEqual(plain.trim().split("\t"));
    });
  });

  describe("cli export", () => {
    afterEach(() => vi.restoreAllMocks());
    const out = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "selaras-export-")), "pairs.tsv");

    it("says on stderr how many draft pairs it left out", async () => {
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      const file = out();
      expect(await runExport(["--document", reviewed, "--out", file])).toBe(0);
      expect(stderr.mock.calls.map(([text]) => String(text))).toEqual(["1 draft pair left out (add --drafts)\n"]);
      expect(fs.readFileSync(file, "utf8").trim().split("\n")).toHaveLength(4);
    });

    it("says nothing with --drafts", async () => {
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      expect(await runExport(["--document", reviewed, "--drafts", "--out", out()])).toBe(0);
      expect(stderr).not.toHaveBeenCalled();
    });

    it("refuses an empty export and writes no file", async () => {
      const file = out();
      await expect(runExport(["--document", draftsOnly, "--out", file])).rejects.toThrow("2 draft pairs left out (add --drafts)");
      expect(fs.existsSync(file)).toBe(false);
    });
  });
});

// Every format checked by a real third-party reader (Python's csv, minidom, zipfile;
// JSON.parse), against the text stored in the database.
import { beforeAll, describe, expect, it } from "vitest";
import { unescapeTsvCell } from "@/lib/text/tsv";
import { DOCUMENT_A, exportBytes, exportedPairs, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { parseTmxWithPython, parseTsvWithPython, pythonAvailable, readZipWithPython } from "@/lib/test/parse-with-python";
import { describeEachProvider } from "@/lib/test/providers";
import type { Pair } from "./export-rows";
import { TSV_META_HEADER } from "./stream-tsv";
import type { JsonlPair } from "./stream-jsonl";

let corpus: SeededCorpus;
let stored: Pair[];
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

describeEachProvider("export formats", () => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
    stored = await exportedPairs();
  });

  describe("TSV", () => {
    it.skipIf(!pythonAvailable)("parses with csv (QUOTE_NONE): two fields per line, values equal the stored text", async () => {
      const rows = parseTsvWithPython((await exportBytes({ format: "tsv" })).toString("utf8"));
      expect(rows).toHaveLength(stored.length);
      rows.forEach((row, i) => {
        expect(row).toHaveLength(2);
        expect(row.map(unescapeTsvCell)).toEqual([stored[i]?.source.replace(CONTROLS, ""), stored[i]?.target.replace(CONTROLS, "")]);
      });
    });

    it.skipIf(!pythonAvailable)("header=1 and columns=meta: a header row and every meta field on every line", async () => {
      const rows = parseTsvWithPython((await exportBytes({ format: "tsv", header: true, columns: "meta" })).toString("utf8"));
      expect(rows[0]).toEqual([...TSV_META_HEADER]);
      expect(rows).toHaveLength(stored.length + 1);
      for (const row of rows) expect(row).toHaveLength(TSV_META_HEADER.length);
      const first = rows[1] ?? [];
      expect(first.slice(2, 9)).toEqual([corpus.documentA, 'Berita Satu: "kutipan" / ujian', "0", "0", "machine", "neural:opus-mt-id-en", ""]);
      expect(rows[2]?.[8]).toBe("human");
      expect(first[9]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it("uses LF only and no quoting", async () => {
      const text = (await exportBytes({ format: "tsv" })).toString("utf8");
      expect(text).not.toContain("\r");
      expect(text).toContain('Prices "rise"\\nand fall.');
    });
  });

  describe("TMX", () => {
    it.skipIf(!pythonAvailable)("parses strictly with the TMX 1.4 structure and the stored text", async () => {
      const tmx = parseTmxWithPython((await exportBytes({ format: "tmx" })).toString("utf8"));
      expect(tmx.root).toBe("tmx");
      expect(tmx.version).toBe("1.4");
      expect(tmx.header).toMatchObject({ srclang: "id", adminlang: "en", datatype: "plaintext", segtype: "sentence", creationtool: "Selaras", "o-tmf": "Selaras" });
      expect(tmx.units).toHaveLength(stored.length);
      tmx.units.forEach((unit, i) => {
        const pair = stored[i];
        expect(unit.tuid).toBe(pair?.id);
        expect(unit.attributes.creationdate).toMatch(/^\d{8}T\d{6}Z$/);
        expect(unit.attributes.changedate).toMatch(/^\d{8}T\d{6}Z$/);
        expect(unit.props).toEqual({ "x-status": pair?.status, "x-engine": pair?.engine ?? "", "x-reviewed-by": pair?.reviewedBy ?? "", "x-document": pair?.documentId });
        expect(unit.variants).toEqual([
          { lang: "id", text: pair?.source.replace(CONTROLS, "") },
          { lang: "en", text: pair?.target.replace(CONTROLS, "") },
        ]);
      });
    });
  });

  describe("Moses", () => {
    it.skipIf(!pythonAvailable)("is a valid zip of two line-aligned files with one line per pair", async () => {
      const files = readZipWithPython(await exportBytes({ format: "moses" }));
      expect(Object.keys(files).sort()).toEqual(["corpus.en", "corpus.id"]);
      const source = files["corpus.id"]?.split("\n") ?? [];
      const target = files["corpus.en"]?.split("\n") ?? [];
      expect(source.pop()).toBe("");
      expect(target.pop()).toBe("");
      expect(source).toHaveLength(stored.length);
      expect(target).toHaveLength(stored.length);
      expect(source[0]).toBe(DOCUMENT_A[0]?.source);
      expect(target).toContain("Prices \"rise\" and fall.");
    });
  });

  describe("JSONL", () => {
    it("is one JSON object per line with provenance and glossary mentions", async () => {
      const lines = (await exportBytes({ format: "jsonl" })).toString("utf8").split("\n");
      expect(lines.pop()).toBe("");
      const objects = lines.map((line) => JSON.parse(line) as JsonlPair);
      expect(objects.map((o) => [o.id, o.source, o.target])).toEqual(stored.map((p) => [p.id, p.source, p.target]));
      const first = objects[0];
      expect(first).toMatchObject({ documentId: corpus.documentA, documentTitle: 'Berita Satu: "kutipan" / ujian', paragraph: 0, position: 0, status: "machine" });
      expect(first?.mentions).toEqual([{ start: 9, end: 20, surface: "Joko Widodo", entry: { source: "Joko Widodo", target: "Joko Widodo", type: "person" } }]);
      expect(objects[1]?.mentions).toEqual([]);
      expect(Number.isNaN(Date.parse(first?.updatedAt ?? ""))).toBe(false);
    });
  });

  describe("glossary TSV", () => {
    it.skipIf(!pythonAvailable)("lists source, target, type for every entry", async () => {
      const rows = parseTsvWithPython((await exportBytes({ format: "glossary", header: true })).toString("utf8"));
      expect(rows).toEqual([
        ["source", "target", "type"],
        ["Jakarta", "", "place"],
        ["Joko Widodo", "Joko Widodo", "person"],
      ]);
    });
  });
});

// The HTTP routes and the CLI around the export: content types, download names,
// error statuses, and the flags that map onto the same options.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as corpusExport } from "@/app/api/export/route";
import { GET as statsExport } from "@/app/api/export/stats/route";
import { GET as documentExport } from "@/app/api/documents/[id]/export/route";
import { parseExportArgs, runExport } from "@/lib/cli/export-command";
import { AppError } from "@/lib/errors";
import { seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { contentDisposition } from "./export-response";
import { describeEachProvider } from "@/lib/test/providers";

let corpus: SeededCorpus;
describeEachProvider("export routes", () => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
  });

  const get = (query: string) => corpusExport(new Request(`http://localhost/api/export?${query}`));

  describe("GET /api/export", () => {
    it.each([
      { format: "tsv", type: "text/tab-separated-values; charset=utf-8", file: "selaras-corpus.tsv" },
      { format: "tmx", type: "application/x-tmx+xml; charset=utf-8", file: "selaras-corpus.tmx" },
      { format: "moses", type: "application/zip", file: "selaras-corpus.zip" },
      { format: "jsonl", type: "application/x-ndjson; charset=utf-8", file: "selaras-corpus.jsonl" },
      { format: "glossary", type: "text/tab-separated-values; charset=utf-8", file: "selaras-glossary.tsv" },
    ])("format=$format → $type", async ({ format, type, file }) => {
      const response = await get(`format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${file}"; filename*=UTF-8''${file}`);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(body.length).toBeGreaterThan(0);
      if (format === "moses") expect([body[0], body[1]]).toEqual([0x50, 0x4b]);
    });

    it.each([
      { query: "format=csv", status: 422, code: "invalid-input" },
      { query: "status=pending", status: 422, code: "invalid-input" },
      { query: "documents=no-such-document", status: 404, code: "not-found" },
    ])("$query → $status", async ({ query, status, code }) => {
      const response = await get(query);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    });
  });

  describe("GET /api/documents/:id/export", () => {
    it("names the file after the document, safely", async () => {
      const response = await documentExport(new Request("http://localhost/x?format=jsonl"), { params: Promise.resolve({ id: corpus.documentA }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(contentDisposition('selaras-Berita Satu: "kutipan" / ujian.jsonl'));
      expect((await response.text()).trim().split("\n")).toHaveLength(6);
    });

    it("answers 404 for an unknown document", async () => {
      const response = await documentExport(new Request("http://localhost/x"), { params: Promise.resolve({ id: "nope" }) });
      expect(response.status).toBe(404);
    });
  });

  describe("GET /api/export/stats", () => {
    it("returns the statistics for the same filters", async () => {
      const response = await statsExport(new Request("http://localhost/api/export/stats?status=checked"));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ pairs: 5, byStatus: { edited: 2, approved: 3 } });
    });
  });

  describe("contentDisposition", () => {
    it.each([
      { name: "selaras-corpus.tsv", ascii: "selaras-corpus.tsv" },
      { name: 'a"b\r\nContent-Type: x/../c.tsv', ascii: "a-b-Content-Type-x-..-c.tsv" },
      { name: "Berita Śląsk é.tsv", ascii: "Berita-Slask-e.tsv" },
    ])("$name", ({ name, ascii }) => {
      const header = contentDisposition(name);
      expect(header).toContain(`filename="${ascii}"`);
      expect(header).not.toMatch(/[\r\n]/);
    });
  });

  describe("cli export", () => {
    it.each([
      { args: [], expected: { format: "tsv", dedupe: true, documentIds: null } },
      { args: ["--format", "tmx", "--status", "approved", "--drafts", "--header"], expected: { format: "tmx", status: "approved", drafts: true, header: true } },
      { args: ["--document", "a"], expected: { documentIds: ["a"], dedupe: false } },
      { args: ["--document", "a", "--dedupe"], expected: { documentIds: ["a"], dedupe: true } },
      { args: ["--no-dedupe", "--columns", "meta"], expected: { dedupe: false, columns: "meta" } },
    ])("$args", ({ args, expected }) => {
      expect(parseExportArgs(args).options).toMatchObject(expected);
    });

    it.each([["--format", "csv"], ["--dedupe", "--no-dedupe"], ["stray"], ["--unknown"]])("refuses %j", (...args) => {
      expect(() => parseExportArgs(args)).toThrow(args[0] === "--unknown" ? TypeError : AppError);
    });

    it("writes the chosen format to --out", async () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "selaras-export-")), "corpus.zip");
      expect(await runExport(["--format", "moses", "--out", out])).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    });
  });
});

import { describe, expect, it } from "vitest";
import { exportQueryString, parseExportQuery, type ExportOptions } from "./export-options";

const defaults: ExportOptions = { format: "tsv", status: "translated", drafts: false, dedupe: true, header: false, columns: "pair", spreadsheet: false, documentIds: null };

describe("parseExportQuery", () => {
  it.each([
    { name: "nothing: TSV of the corpus, deduplicated", query: "", id: null, expected: defaults },
    { name: "every option", query: "format=tmx&status=approved&drafts=1&dedupe=0&header=1&columns=meta", id: null, expected: { ...defaults, format: "tmx", status: "approved", drafts: true, dedupe: false, header: true, columns: "meta" } },
    { name: "spreadsheet-safe cells", query: "spreadsheet=1", id: null, expected: { ...defaults, spreadsheet: true } },
    { name: "one document: dedupe off by default", query: "documents=a", id: null, expected: { ...defaults, documentIds: ["a"], dedupe: false } },
    { name: "several documents: dedupe on", query: "documents=a,b&documents=c", id: null, expected: { ...defaults, documentIds: ["a", "b", "c"] } },
    { name: "repeated ids collapse", query: "documents=a,a", id: null, expected: { ...defaults, documentIds: ["a"], dedupe: false } },
    { name: "route id wins over documents", query: "documents=x,y", id: "a", expected: { ...defaults, documentIds: ["a"], dedupe: false } },
    { name: "dedupe forced on a document", query: "dedupe=1", id: "a", expected: { ...defaults, documentIds: ["a"] } },
    { name: "bare flag and word forms", query: "header&drafts=true&dedupe=no", id: null, expected: { ...defaults, header: true, drafts: true, dedupe: false } },
    { name: "case and spaces forgiven", query: "format=%20JSONL%20&status=Checked", id: null, expected: { ...defaults, format: "jsonl", status: "checked" } },
    { name: "empty document entries ignored", query: "documents=,a,", id: null, expected: { ...defaults, documentIds: ["a"], dedupe: false } },
  ])("$name", ({ query, id, expected }) => {
    expect(parseExportQuery(new URLSearchParams(query), id)).toEqual({ ok: true, options: expected });
  });

  it.each([
    { query: "format=csv", field: "format" },
    { query: "status=pending", field: "status" },
    { query: "header=maybe", field: "header" },
    { query: "columns=all", field: "columns" },
    { query: `documents=${"x".repeat(65)}`, field: "documents" },
  ])("refuses $query", ({ query, field }) => {
    const parsed = parseExportQuery(new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.code).toBe("invalid-input");
      expect(parsed.message).toContain(field);
    }
  });
});

describe("exportQueryString", () => {
  it.each([
    { ...defaults },
    { ...defaults, format: "moses" as const, status: "checked" as const, drafts: true, dedupe: false, header: true, columns: "meta" as const, documentIds: ["a", "b"] },
    { ...defaults, spreadsheet: true },
  ])("round-trips through parseExportQuery (%#)", (options) => {
    expect(parseExportQuery(new URLSearchParams(exportQueryString(options)))).toEqual({ ok: true, options });
  });
});

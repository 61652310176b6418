// The real sample articles, ingested and "translated", exported in every format and
// read back by Python's parsers: real-page text, not just hand-made edge cases.
import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { corpusFiles, corpusMissingMessage } from "@/lib/test/corpus";
import { unescapeTsvCell } from "@/lib/text/tsv";
import { exportBytes } from "@/lib/test/export-fixtures";
import { mosesLine } from "./moses-line";
import { parseTmxWithPython, parseTsvWithPython, pythonAvailable, readZipWithPython } from "@/lib/test/parse-with-python";

const files = corpusFiles();
if (files.length === 0) console.warn(corpusMissingMessage);

describe.skipIf(files.length === 0 || !pythonAvailable)("sample corpus export", () => {
  let segments: { source: string; target: string }[] = [];

  beforeAll(async () => {
    for (const file of files) await ingestDocument({ text: fs.readFileSync(file, "utf8") });
    // Stand-in translations that keep the awkward characters of the source.
    const pending = await db.segment.findMany({ select: { id: true, source: true } });
    for (const segment of pending) {
      await db.segment.update({ where: { id: segment.id }, data: { target: `EN: ${segment.source} "ok" & <done>`, status: "machine", engine: "neural:test" } });
    }
    const documents = await db.document.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    segments = [];
    for (const document of documents) {
      const rows = await db.segment.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" }, select: { source: true, target: true } });
      segments.push(...rows.map((row) => ({ source: row.source, target: row.target ?? "" })));
    }
  });

  it("TSV, TMX, Moses and JSONL hold every sentence, with its exact text", async () => {
    const options = { dedupe: false };
    const tsv = parseTsvWithPython((await exportBytes({ ...options, format: "tsv" })).toString("utf8"));
    expect(tsv.map((row) => row.map(unescapeTsvCell))).toEqual(segments.map((s) => [s.source, s.target]));
    const tmx = parseTmxWithPython((await exportBytes({ ...options, format: "tmx" })).toString("utf8"));
    expect(tmx.units.map((u) => u.variants.map((v) => v.text))).toEqual(segments.map((s) => [s.source, s.target]));
    const moses = readZipWithPython(await exportBytes({ ...options, format: "moses" }));
    expect(moses["corpus.id"]).toBe(segments.map((s) => mosesLine(s.source)).join(""));
    expect(moses["corpus.en"]).toBe(segments.map((s) => mosesLine(s.target)).join(""));
    const jsonl = (await exportBytes({ ...options, format: "jsonl" })).toString("utf8").trim().split("\n");
    expect(jsonl.map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(segments.map((s) => s.source));
    expect(segments.length).toBeGreaterThan(10);
  });
});

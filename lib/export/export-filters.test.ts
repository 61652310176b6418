// Which pairs an export selects, and that TSV, TMX, Moses and JSONL agree on it.
import { beforeAll, describe, expect, it } from "vitest";
import { BASE_OPTIONS, exportBytes, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import type { ExportOptions } from "./export-options";
import { getExportStats } from "./export-stats";
import { parseTmxWithPython, parseTsvWithPython, pythonAvailable, readZipWithPython } from "@/lib/test/parse-with-python";
import type { JsonlPair } from "./stream-jsonl";
import { describeEachProvider } from "@/lib/test/providers";

let corpus: SeededCorpus;
describeEachProvider("export selection", () => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
  });

  async function jsonlPairs(options: Partial<ExportOptions>): Promise<JsonlPair[]> {
    const text = (await exportBytes({ ...options, format: "jsonl" })).toString("utf8");
    return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as JsonlPair);
  }

  type Case = { name: string; options: (c: SeededCorpus) => Partial<ExportOptions>; pairs: number; excludes?: string; includes?: string };

  // Document A: 8 segments — 1 pending, 1 machine draft, 1 edited draft, "Terima kasih." → "Thank you.".
  // Document B: 4 segments — the same "Terima kasih." pair again, the same source with "Thanks.".
  const cases: Case[] = [
    { name: "translated (default): no pending, no machine drafts", options: () => ({}), pairs: 10, excludes: "Draft sentence.", includes: "An edited draft." },
    { name: "drafts=1 adds the machine draft", options: () => ({ drafts: true }), pairs: 11, includes: "Draft sentence." },
    { name: "checked: edited or approved", options: () => ({ status: "checked" }), pairs: 5, excludes: "President Joko Widodo arrived in Jakarta." },
    { name: "approved only", options: () => ({ status: "approved" }), pairs: 3, excludes: "An edited draft." },
    { name: "dedupe drops the repeated pair, keeps the other target", options: () => ({ dedupe: true }), pairs: 9, includes: "Thanks." },
    { name: "one document", options: (c) => ({ documentIds: [c.documentA] }), pairs: 6 },
    { name: "two documents with dedupe", options: (c) => ({ documentIds: [c.documentA, c.documentB], dedupe: true }), pairs: 9 },
    { name: "dedupe within the selection only", options: (c) => ({ documentIds: [c.documentB], dedupe: true }), pairs: 4 },
    { name: "approved + dedupe", options: () => ({ status: "approved", dedupe: true }), pairs: 3 },
  ];

  describe("selection", () => {
    it.each(cases)("$name → $pairs pairs", async ({ options, pairs, includes, excludes }) => {
      const selected = await jsonlPairs(options(corpus));
      expect(selected).toHaveLength(pairs);
      const targets = selected.map((p) => p.target);
      if (includes) expect(targets).toContain(includes);
      if (excludes) expect(targets).not.toContain(excludes);
    });

    it("keeps the first occurrence in document order when deduplicating", async () => {
      const selected = await jsonlPairs({ dedupe: true });
      const thanks = selected.filter((p) => p.target === "Thank you.");
      expect(thanks.map((p) => p.documentId)).toEqual([corpus.documentA]);
    });

    it("writes documents in creation order, segments in position order", async () => {
      const selected = await jsonlPairs({});
      const keys = selected.map((p) => `${p.documentId === corpus.documentA ? "A" : "B"}${p.position}`);
      expect(keys).toEqual(["A0", "A1", "A2", "A5", "A6", "A7", "B0", "B1", "B2", "B3"]);
    });
  });

  describe.skipIf(!pythonAvailable)("every format selects the same pairs", () => {
    it.each(cases)("$name", async ({ options, pairs }) => {
      const chosen = options(corpus);
      const tsv = parseTsvWithPython((await exportBytes({ ...chosen, format: "tsv", header: true })).toString("utf8"));
      const tmx = parseTmxWithPython((await exportBytes({ ...chosen, format: "tmx" })).toString("utf8"));
      const moses = readZipWithPython(await exportBytes({ ...chosen, format: "moses" }));
      const jsonl = await jsonlPairs(chosen);
      expect(tsv.length - 1).toBe(pairs);
      expect(tmx.units.map((u) => u.tuid)).toEqual(jsonl.map((p) => p.id));
      expect(moses["corpus.id"]?.split("\n").length).toBe(pairs + 1);
      expect(moses["corpus.en"]?.split("\n").length).toBe(pairs + 1);
      expect((await getExportStats({ ...BASE_OPTIONS, ...chosen })).pairs).toBe(pairs);
    });
  });
});

// Imports from real parser output (saxes, the line readers) into a real database: the
// counts, the refusals by line, and the all-or-nothing rule for every bad input.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import { provider } from "@/lib/database-url";
import { importText, tmxText } from "@/lib/test/memory-import";
import { describeEachProvider } from "@/lib/test/providers";

describeEachProvider("importMemory", () => {
  beforeEach(async () => {
    await db.memoryImport.deleteMany();
    await db.document.deleteMany();
  });

  const units = () => db.memoryUnit.findMany({ orderBy: { id: "asc" }, select: { source: true, sourceKey: true, target: true } });

  describe("importing", () => {
    it("imports a TMX, counting duplicates within the file and refusals by reason", async () => {
      const tmx = tmxText([["Satu  kalimat.", "One sentence."], ["Satu kalimat.", "One sentence."], ["Dua.", ""], ["Tiga &amp; empat.", "Three &amp; four."]]);
      const report = await importText(tmx, "tmx", "berita.tmx");
      expect(report).toMatchObject({ fileName: "berita.tmx", format: "tmx", imported: 2, duplicates: 1, refused: 1, reasons: { "empty-target": 1 } });
      expect(report.refusals).toEqual([{ line: 7, code: "empty-target" }]);
      expect(await units()).toEqual([
        { source: "Satu  kalimat.", sourceKey: "Satu kalimat.", target: "One sentence." },
        { source: "Tiga & empat.", sourceKey: "Tiga & empat.", target: "Three & four." },
      ]);
      const row = await db.memoryImport.findUniqueOrThrow({ where: { id: report.id } });
      expect(row).toMatchObject({ fileName: "berita.tmx", format: "tmx", createdByName: "Tia Tester", imported: 2, duplicates: 1, refused: 1, reasons: { "empty-target": 1 } });
    });

    it("counts a pair already in memory (an earlier import, or a reviewed sentence) as a duplicate", async () => {
      await importText("Satu.\tOne.\n", "tsv");
      const { seedDocument } = await import("@/lib/test/segment-seed");
      await seedDocument([{ source: "Dua.", target: "Two.", status: "approved" }]);
      expect(await importText("Satu.\tOne.\nDua.\tTwo.\nTiga.\tThree.\n", "tsv")).toMatchObject({ imported: 1, duplicates: 2, refused: 0 });
    });

    it("refuses TSV lines with the wrong number of columns, by line number", async () => {
      const report = await importText("source\ttarget\nSatu.\tOne.\nrusak\nA\tB\tC\n\nDua\\tdua.\tTwo\\ntwo.\n", "tsv");
      expect(report).toMatchObject({ imported: 2, refused: 2, reasons: { "column-count": 2 } });
      expect(report.refusals).toEqual([{ line: 3, code: "column-count" }, { line: 4, code: "column-count" }]);
      expect((await units()).map((u) => u.sourceKey)).toEqual(["Satu.", "Dua dua."]);
    });

    it("imports a Moses pair line by line", async () => {
      const report = await importText("Satu.\nDua.\n\nEmpat.\n", "moses", "corpus.id", "One.\n\n\nFour.\n");
      expect(report).toMatchObject({ imported: 2, refused: 1, reasons: { "empty-target": 1 }, refusals: [{ line: 2, code: "empty-target" }] });
    });

    it("decodes UTF-16 with a byte-order mark", async () => {
      const text = "Kopi enak.\tGood coffee.\n";
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      expect(await importText(bytes, "tsv")).toMatchObject({ imported: 1 });
      expect((await units())[0]?.target).toBe("Good coffee.");
    });

    const TMX_HEAD = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="id"/><body>';
    const BAD: readonly [string, string | Uint8Array, "tmx" | "tsv" | "moses", RegExp, string?][] = [
      ["an empty file", "", "tsv", /empty/],
      ["only blank lines", "\n\n  \n", "tsv", /empty/],
      ["a TMX without units", `${TMX_HEAD}</body></tmx>`, "tmx", /no translation units/],
      ["a PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj", "tmx", /binary file \(PDF\)/],
      ["NUL bytes", "Satu.\tOne.\n\u0000\u0000\u0000", "tsv", /binary file/],
      ["Windows-1252", Uint8Array.from([...Buffer.from("Caf"), 0xe9, 0x09, ...Buffer.from("Coffee\n")]), "tsv", /not valid UTF-8/],
      ["malformed TMX (unclosed tag)", `${TMX_HEAD}\n<tu><tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>\n<tu><tuv xml:lang="id"><seg>Dua.</tuv></tu></body></tmx>`, "tmx", /not well-formed XML at line 4, column \d+: unexpected close tag\. 1 unit\(s\) were read before it; nothing was imported/],
      ["a truncated TMX", `${TMX_HEAD}<tu><tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>`, "tmx", /not well-formed XML/],
      ["a DOCTYPE with an entity (billion laughs)", `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&b;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`, "tmx", /DOCTYPE is not allowed/],
      ["an external entity", `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&xxe;</seg></tuv></tu></body></tmx>`, "tmx", /DOCTYPE is not allowed/],
      ["an undeclared entity", `${TMX_HEAD}<tu><tuv xml:lang="id"><seg>&xxe;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`, "tmx", /not well-formed XML at line 2.*undefined entity/i],
      ["a TMX in another source language", tmxText([["Un.", "One."]], "fr"), "tmx", /source language "fr"/],
      ["HTML sent as TMX", "<html><body>hi</body></html>", "tmx", /not TMX/],
      ["Moses files of different lengths", "Satu.\nDua.\n", "moses", /not aligned: the English file ends before line 2/, "One.\n"],
    ];

    it.each(BAD)("refuses %s and writes nothing", async (_name, content, format, message, target) => {
      await importText("Lama.\tOld.\n", "tsv", "earlier.tsv");
      await expect(importText(content, format, `bad.${format}`, target)).rejects.toThrow(message);
      expect(await db.memoryImport.findMany({ select: { fileName: true } })).toEqual([{ fileName: "earlier.tsv" }]);
      expect((await units()).map((u) => u.sourceKey)).toEqual(["Lama."]);
    });

    it("rolls back every unit already written when a large TMX breaks late", async () => {
      const pairs = Array.from({ length: 2500 }, (_, i) => [`Kalimat nomor ${i}.`, `Sentence number ${i}.`] as const);
      const broken = tmxText(pairs).replace("</body>", "<tu></body>");
      await expect(importText(broken, "tmx")).rejects.toMatchObject({ code: "invalid-input", details: { unitsRead: 2500 } });
      expect(await db.memoryUnit.count()).toBe(0);
      expect(await db.memoryImport.count()).toBe(0);
      expect(await dialect().findFuzzyUnitCandidates({ text: "Kalimat nomor 7.", words: ["nomor"], minLength: 0, maxLength: 100, limit: 10 })).toEqual([]);
      if (provider() === "sqlite") {
        // SQLite's fuzzy index is an FTS5 table of its own, kept by triggers: empty too.
        const [indexed] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MemoryUnitSearch" WHERE "MemoryUnitSearch" MATCH 'nomor'`;
        expect(Number(indexed?.n)).toBe(0);
      }
    });
  });
});

// Imports that did not end cleanly: a running import's units are not memory yet; one
// whose process died is failed by the next import's claim and its units swept (so none
// of its pairs is taken for a duplicate); a live one makes the next import wait its turn;
// imports queued before a restart are failed as interrupted and their uploads removed.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importText } from "@/lib/test/memory-import";
import { lookUpImportedUnits } from "./look-up-imported-units";
import { forgetInterruptedImports } from "./memory-import-queue";
import { memoryUploadDir } from "./upload-files";
import { importMemory } from "./import-memory";
import { byteStream, TEST_ACTOR } from "@/lib/test/memory-import";
import { textHash } from "@/lib/text/text-hash";
import { describeEachProvider } from "@/lib/test/providers";

describeEachProvider("memory imports that did not end", () => {
  beforeEach(async () => {
    await db.memoryImport.deleteMany();
  });

  async function runningImport(heartbeatAt: Date, pairs: readonly [string, string][]) {
    return db.memoryImport.create({
      data: { fileName: "half.tmx", format: "tmx", createdByName: "x", status: "running", heartbeatAt, units: { create: pairs.map(([source, target]) => ({ source, sourceKey: source, sourceHash: textHash(source), target, targetHash: textHash(target) })) } },
    });
  }

  describe("imports that did not end", () => {
    it("keeps a running import's units out of memory until it is done", async () => {
      const row = await runningImport(new Date(), [["Satu.", "One."]]);
      expect((await lookUpImportedUnits(db, ["Satu."])).size).toBe(0);
      await db.memoryImport.update({ where: { id: row.id }, data: { status: "done" } });
      expect((await lookUpImportedUnits(db, ["Satu."])).get("Satu.")?.target).toBe("One.");
    });

    it("fails an import whose process died and sweeps its units before the next one writes", async () => {
      const dead = await runningImport(new Date(Date.now() - 5 * 60_000), [["Satu.", "One."], ["Dua.", "Two."]]);
      const report = await importText("Satu.\tOne.\nTiga.\tThree.\n", "tsv");
      expect(report).toMatchObject({ imported: 2, duplicates: 0 });
      expect(await db.memoryImport.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "failed", error: { code: "interrupted" } });
      expect(await db.memoryUnit.count({ where: { importId: dead.id } })).toBe(0);
    });

    it("waits while another import runs, then goes ahead", async () => {
      const live = await runningImport(new Date(), []);
      const waited: string[] = [];
      const pending = importMemory({ fileName: "next.tsv", format: "tsv", actor: TEST_ACTOR, source: byteStream("Satu.\tOne.\n"), onWait: (name) => waited.push(name) });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await db.memoryImport.count({ where: { fileName: "next.tsv" } })).toBe(0);
      await db.memoryImport.update({ where: { id: live.id }, data: { status: "done" } });
      expect(await pending).toMatchObject({ imported: 1 });
      expect(waited).toEqual(["half.tmx"]);
    });

    it("fails imports queued before a restart and removes every upload left behind", async () => {
      const queued = await db.memoryImport.create({ data: { fileName: "q.tmx", format: "tmx", createdByName: "x", status: "queued" } });
      fs.mkdirSync(memoryUploadDir(), { recursive: true });
      fs.writeFileSync(path.join(memoryUploadDir(), "orphan.upload"), "Satu.\tOne.\n");
      expect(await forgetInterruptedImports()).toBe(1);
      expect(await db.memoryImport.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "failed", error: { code: "interrupted" } });
      expect(fs.existsSync(memoryUploadDir())).toBe(false);
    });
  });
});

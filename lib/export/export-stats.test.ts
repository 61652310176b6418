import { beforeAll, expect, it } from "vitest";
import { BASE_OPTIONS, seedExportCorpus, type SeededCorpus } from "@/lib/test/export-fixtures";
import { describeEachProvider } from "@/lib/test/providers";
import type { PairFilter } from "./export-options";
import { getExportStats } from "./export-stats";

let corpus: SeededCorpus;

describeEachProvider("getExportStats", () => {
  beforeAll(async () => {
    corpus = await seedExportCorpus();
  });

  it("counts pairs and words and splits them by status and engine", async () => {
    const stats = await getExportStats({ ...BASE_OPTIONS, status: "approved" });
    // "=SUM(A1) +62 -1 @user" / "… ok", "Emoji 🎉 dan ‏עברית‎, C:\jalan" / "Emoji 🎉 and ‏Hebrew‎\r\nline, C:\path", "Terima kasih." / "Thanks."
    expect(stats).toEqual({
      pairs: 3,
      sourceWords: 4 + 5 + 2,
      targetWords: 5 + 6 + 1,
      byStatus: { approved: 3 },
      byEngine: { "neural:opus-mt-id-en": 2, memory: 1 },
      byReviewer: { human: 3 },
      unreviewed: 0,
      draftsLeftOut: 0,
    });
  });

  it.each<{ name: string; filter: (c: SeededCorpus) => Partial<PairFilter>; pairs: number; byStatus: Record<string, number> }>([
    { name: "default", filter: () => ({}), pairs: 10, byStatus: { machine: 5, edited: 2, approved: 3 } },
    { name: "dedupe", filter: () => ({ dedupe: true }), pairs: 9, byStatus: { machine: 4, edited: 2, approved: 3 } },
    { name: "drafts", filter: () => ({ drafts: true }), pairs: 11, byStatus: { machine: 6, edited: 2, approved: 3 } },
    { name: "one document", filter: (c) => ({ documentIds: [c.documentB] }), pairs: 4, byStatus: { machine: 3, approved: 1 } },
  ])("$name", async ({ filter, pairs, byStatus }) => {
    const stats = await getExportStats({ ...BASE_OPTIONS, ...filter(corpus) });
    expect(stats.pairs).toBe(pairs);
    expect(stats.byStatus).toEqual(byStatus);
    expect(Object.values(stats.byEngine).reduce((a, b) => a + b, 0)).toBe(pairs);
  });

  it("reports a missing engine as unknown", async () => {
    expect((await getExportStats(BASE_OPTIONS)).byEngine.unknown).toBe(1);
  });
});

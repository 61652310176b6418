import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedTranslated } from "@/lib/test/glossary-seed";
import { getCorpusOverview } from "./get-corpus-overview";

describe("getCorpusOverview", () => {
  it("is empty, not broken, with no documents", async () => {
    const overview = await getCorpusOverview();
    expect(overview).toMatchObject({ documents: 0, sentences: 0, byEngine: [], topEntities: [], overTime: { buckets: [] } });
    expect(overview.byStatus.map((s) => s.count)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("counts sentences by status and engine, documents by day, and names by mentions", async () => {
    const first = await seedTranslated("Kabar Bandung\n\nPresiden Joko Widodo tiba di Bandung. Warga Bandung menyambut Joko Widodo.", {});
    await seedTranslated("Kabar Surabaya\n\nJoko Widodo juga pergi ke Surabaya.", {});
    const body = first.segments.find((s) => s.kind === "body");
    await db.segment.update({ where: { id: body!.id }, data: { status: "approved" } });

    const overview = await getCorpusOverview();
    expect(overview.documents).toBe(2);
    expect(overview.sentences).toBe(5);
    expect(Object.fromEntries(overview.byStatus.map((s) => [s.key, s.count]))).toEqual({ pending: 0, machine: 4, memory: 0, edited: 0, approved: 1, reference: 0 });
    expect(overview.byEngine).toEqual([{ key: "test:table", count: 5 }]);
    expect(overview.overTime.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(2);

    const mentions = overview.topEntities.map((e) => e.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const joko = overview.topEntities.find((e) => e.source.includes("Joko"));
    expect(joko).toMatchObject({ documents: 2 });
  });
});

import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateSegmentTranslation } from "./update-segment-translation";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { changeRows } from "@/lib/test/change-rows";
import { describeEachProvider } from "@/lib/test/providers";

let id = "";

describeEachProvider("updateSegmentTranslation", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    const seeded = await seedDocument([{ source: "Harga beras naik." }]);
    id = idAt(seeded.ids, 0);
  });

  it.each([
    ["defaults to edited", undefined, "edited"],
    ["approves", "approved" as const, "approved"],
  ])("saves from the current version and %s", async (_name, status, expected) => {
    const result = await updateSegmentTranslation({ id, target: "Rice prices rise.", status, version: 1 });
    expect(result).toMatchObject({ ok: true, segment: { id, target: "Rice prices rise.", status: expected, version: 2 } });
    const revisions = await changeRows(id);
    expect(revisions.map((r) => [r.version, r.origin, r.status, r.target])).toEqual([
      [1, "draft:lexicon", "machine", "EN Harga beras naik."],
      [2, "human", expected, "Rice prices rise."],
    ]);
  });

  it("returns not-found for an unknown id", async () => {
    expect(await updateSegmentTranslation({ id: "nope", target: "x", version: 0 })).toMatchObject({ ok: false, code: "not-found" });
  });

  it("lets exactly one of two saves from the same version win; the loser learns the winner's text", async () => {
    const [a, b] = await Promise.all([
      updateSegmentTranslation({ id, target: "Client A text", version: 1 }),
      updateSegmentTranslation({ id, target: "Client B text", version: 1 }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winnerText = a.ok ? "Client A text" : "Client B text";
    expect(losers[0]).toMatchObject({
      code: "version-conflict",
      details: { current: { target: winnerText, status: "edited", version: 2, origin: "human" } },
    });
    const history = await changeRows(id, { actorName: "human" });
    expect(history.map((r) => r.target)).toEqual([winnerText]);
  });

  it("keeps the final version equal to the number of successful saves among 50 racing ones", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const { version } = await db.segment.findUniqueOrThrow({ where: { id } });
        return updateSegmentTranslation({ id, target: `save ${i}`, version });
      }),
    );
    const successes = results.filter((r) => r.ok).length;
    expect(successes).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.ok || r.code === "version-conflict")).toBe(true);
    const segment = await db.segment.findUniqueOrThrow({ where: { id } });
    expect(segment.version).toBe(1 + successes);
    expect(await db.change.count({ where: { segmentId: id, actorName: "human" } })).toBe(successes);
  });

  it("lands all 50 saves when each client retries on a conflict with a fresh version", async () => {
    const saveWithRetry = async (i: number): Promise<number> => {
      for (let attempt = 1; ; attempt++) {
        const { version } = await db.segment.findUniqueOrThrow({ where: { id } });
        const result = await updateSegmentTranslation({ id, target: `save ${i}`, version });
        if (result.ok) return attempt;
        if (result.code !== "version-conflict") throw new Error(result.message);
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveWithRetry(i)));
    const segment = await db.segment.findUniqueOrThrow({ where: { id } });
    expect(segment.version).toBe(51);
    const versions = (await changeRows(id, { actorName: "human" })).map((r) => r.version ?? 0);
    expect(versions.sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revertSegment } from "./revert-segment";
import { listSegmentHistory } from "./list-segment-history";
import { updateSegmentTranslation } from "./update-segment-translation";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { describeEachProvider } from "@/lib/test/providers";

let id = "";

describeEachProvider("segment history and revert", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    id = idAt((await seedDocument([{ source: "Harga beras naik." }])).ids, 0);
    await updateSegmentTranslation({ id, target: "Rice prices rise.", version: 1 });
    await updateSegmentTranslation({ id, target: "Rice prices went up.", status: "approved", version: 2 });
  });

  describe("listSegmentHistory", () => {
    it("lists every change newest first with its action and actor", async () => {
      const history = await listSegmentHistory(id);
      if (!history.ok) throw new Error(history.message);
      expect(history.segment).toMatchObject({ source: "Harga beras naik.", version: 3, status: "approved" });
      expect(history.revisions.map((r) => [r.version, r.action, r.actor, r.status, r.target])).toEqual([
        [3, "approve", "human", "approved", "Rice prices went up."],
        [2, "edit", "human", "edited", "Rice prices rise."],
        [1, "machine", "draft:lexicon", "machine", "EN Harga beras naik."],
      ]);
    });

    it("returns not-found for an unknown segment", async () => {
      expect(await listSegmentHistory("nope")).toMatchObject({ ok: false, code: "not-found" });
    });
  });

  describe("revertSegment", () => {
    it.each([
      ["a human revision", 2, { target: "Rice prices rise.", status: "edited" }, "draft:lexicon"],
      ["the engine's revision", 1, { target: "EN Harga beras naik.", status: "machine" }, "draft:lexicon"],
    ])("restores %s as a new revision", async (_name, version, expected, engine) => {
      const revision = await db.change.findFirstOrThrow({ where: { segmentId: id, version } });
      const result = await revertSegment({ id, changeId: revision.id, version: 3 });
      expect(result).toMatchObject({ ok: true, segment: { ...expected, version: 4 } });
      const segment = await db.segment.findUniqueOrThrow({ where: { id } });
      expect(segment).toMatchObject({ ...expected, version: 4, engine });
      const latest = await db.change.findFirstOrThrow({ where: { segmentId: id, version: 4 } });
      expect(latest).toMatchObject({ action: "revert", actorName: "human", newTarget: expected.target, newStatus: expected.status });
      expect(await db.change.count({ where: { segmentId: id } })).toBe(4);
    });

    it.each([
      ["a stale version", async () => (await db.change.findFirstOrThrow({ where: { segmentId: id, version: 1 } })).id, 2, "version-conflict"],
      ["another segment's revision", async () => "not-a-revision", 3, "not-found"],
    ])("refuses %s", async (_name, changeId, version, code) => {
      const result = await revertSegment({ id, changeId: await changeId(), version });
      expect(result).toMatchObject({ ok: false, code });
      expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 3, target: "Rice prices went up." });
    });
  });
});

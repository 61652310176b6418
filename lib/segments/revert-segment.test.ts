import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revertSegment } from "./revert-segment";
import { listSegmentHistory } from "./list-segment-history";
import { updateSegmentTranslation } from "./update-segment-translation";
import { idAt, seedDocument } from "@/lib/test/segment-seed";

let id = "";

beforeEach(async () => {
  await db.document.deleteMany();
  id = idAt((await seedDocument([{ source: "Harga beras naik." }])).ids, 0);
  await updateSegmentTranslation({ id, target: "Rice prices rise.", version: 1 });
  await updateSegmentTranslation({ id, target: "Rice prices went up.", status: "approved", version: 2 });
});

describe("listSegmentHistory", () => {
  it("lists every revision newest first with its origin", async () => {
    const history = await listSegmentHistory(id);
    if (!history.ok) throw new Error(history.message);
    expect(history.segment).toMatchObject({ source: "Harga beras naik.", version: 3, status: "approved" });
    expect(history.revisions.map((r) => [r.version, r.origin, r.status, r.target])).toEqual([
      [3, "human", "approved", "Rice prices went up."],
      [2, "human", "edited", "Rice prices rise."],
      [1, "draft:lexicon", "machine", "EN Harga beras naik."],
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
    const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: id, version } });
    const result = await revertSegment({ id, revisionId: revision.id, version: 3 });
    expect(result).toMatchObject({ ok: true, segment: { ...expected, version: 4 } });
    const segment = await db.segment.findUniqueOrThrow({ where: { id } });
    expect(segment).toMatchObject({ ...expected, version: 4, engine });
    const latest = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: id, version: 4 } });
    expect(latest).toMatchObject({ ...expected, origin: "human" });
    expect(await db.segmentRevision.count({ where: { segmentId: id } })).toBe(4);
  });

  it.each([
    ["a stale version", async () => (await db.segmentRevision.findFirstOrThrow({ where: { segmentId: id, version: 1 } })).id, 2, "version-conflict"],
    ["another segment's revision", async () => "not-a-revision", 3, "not-found"],
  ])("refuses %s", async (_name, revisionId, version, code) => {
    const result = await revertSegment({ id, revisionId: await revisionId(), version });
    expect(result).toMatchObject({ ok: false, code });
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 3, target: "Rice prices went up." });
  });
});

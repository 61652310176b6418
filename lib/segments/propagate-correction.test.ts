import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRepetitions } from "./find-repetitions";
import { propagateCorrection } from "./propagate-correction";
import { updateSegmentTranslation } from "./update-segment-translation";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { changeRows } from "@/lib/test/change-rows";

const REPEATED = "Baca juga berita lainnya.";
let corrected = "";
let others: { machine: string; pending: string; edited: string; approved: string; unrelated: string } | null = null;

beforeEach(async () => {
  await db.document.deleteMany();
  const first = await seedDocument([{ source: REPEATED }, { source: "Kalimat lain." }], "Pertama");
  const second = await seedDocument(
    [
      { source: REPEATED, status: "machine" },
      { source: REPEATED, status: "pending" },
      { source: REPEATED, status: "edited", target: "Someone's own wording." },
      { source: REPEATED, status: "approved", target: "Approved wording." },
      { source: "Baca juga berita lainnya!" },
    ],
    "Kedua",
  );
  corrected = idAt(first.ids, 0);
  others = {
    machine: idAt(second.ids, 0),
    pending: idAt(second.ids, 1),
    edited: idAt(second.ids, 2),
    approved: idAt(second.ids, 3),
    unrelated: idAt(second.ids, 4),
  };
});

describe("findRepetitions", () => {
  it("lists exact repeats across documents and counts those not reviewed by hand", async () => {
    const result = await findRepetitions(corrected);
    if (!result.ok) throw new Error(result.message);
    expect(result.propagatable).toBe(2);
    expect(result.repetitions.map((r) => [r.documentTitle, r.status, r.reviewed])).toEqual([
      ["Kedua", "machine", false],
      ["Kedua", "pending", false],
      ["Kedua", "edited", true],
      ["Kedua", "approved", true],
    ]);
  });
});

describe("propagateCorrection", () => {
  it("refuses while the sentence itself is still machine output", async () => {
    expect(await propagateCorrection(corrected)).toMatchObject({ ok: false, code: "invalid-input" });
  });

  it("copies the correction to unreviewed repeats only, each with a human revision", async () => {
    await updateSegmentTranslation({ id: corrected, target: "Read other news too.", version: 1 });
    const result = await propagateCorrection(corrected);
    expect(result).toMatchObject({ ok: true, updated: 2 });
    const byId = async (id: string) => db.segment.findUniqueOrThrow({ where: { id } });
    const o = others!;
    expect(await byId(o.machine)).toMatchObject({ target: "Read other news too.", status: "edited", version: 2 });
    expect(await byId(o.pending)).toMatchObject({ target: "Read other news too.", status: "edited", version: 1 });
    expect(await byId(o.edited)).toMatchObject({ target: "Someone's own wording.", version: 1 });
    expect(await byId(o.approved)).toMatchObject({ target: "Approved wording.", version: 1 });
    expect(await byId(o.unrelated)).toMatchObject({ status: "machine", version: 1 });
    const revision = (await changeRows(o.machine)).find((r) => r.version === 2)!;
    expect(revision).toMatchObject({ origin: "human", status: "edited", target: "Read other news too." });
    expect(await propagateCorrection(corrected)).toMatchObject({ ok: true, updated: 0 });
  });

  it("returns not-found for an unknown id", async () => {
    expect(await propagateCorrection("nope")).toMatchObject({ ok: false, code: "not-found" });
  });
});

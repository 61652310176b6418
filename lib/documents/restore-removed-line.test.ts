import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import { splitSegment } from "@/lib/segments/split-segment";
import { mergeSegments } from "@/lib/segments/merge-segments";
import { propagateCorrection } from "@/lib/segments/propagate-correction";
import { AppError } from "@/lib/errors";
import { getDocument } from "./get-document";
import { restoreRemovedLine } from "./restore-removed-line";

const READ_ALSO = "Baca juga: Harga cabai naik lagi";
const INSIDE = "Baca juga: Cuaca cerah di Kalimantan";
const SCROLL = "Scroll to Top";

const TEXT = `Pasar Terapung Kembali Ramai

Pasar terapung di Banjarmasin kembali ramai pada akhir pekan. Pedagang menjual buah dan sayur dari perahu.

${READ_ALSO}

Pengunjung datang sejak subuh.

Harga sayur stabil.
${INSIDE}
Pembeli senang.

${SCROLL}`;

const ALL_REMOVED = [READ_ALSO, INSIDE, SCROLL];

type Row = { id: string; source: string; target: string | null; status: string; version: number; paragraphIndex: number };

async function rows(documentId: string): Promise<Row[]> {
  return db.segment.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { id: true, source: true, target: true, status: true, version: true, paragraphIndex: true },
  });
}

/** Every segment that existed before is still there, unchanged, in the same order. */
async function expectKept(documentId: string, before: readonly Row[]): Promise<Row[]> {
  const after = await rows(documentId);
  const survivors = after.filter((row) => before.some((b) => b.id === row.id));
  expect(survivors.map(({ paragraphIndex: _, ...row }) => row)).toEqual(before.map(({ paragraphIndex: _, ...row }) => row));
  return after;
}

/**
 * The order a fresh ingest keeping these lines gives, sentence by sentence. A line from
 * inside a paragraph stays its own sentence: restoring never re-segments the sentences
 * around it (a fresh ingest would join "…Kalimantan" with "Pembeli senang.").
 */
function freshOrder(keepLines: readonly string[]): string[] {
  return prepareArticle({ text: TEXT, keepLines: keepLines.filter((l) => l !== INSIDE) })
    .segments.map((s) => s.source)
    .flatMap((source) => (keepLines.includes(INSIDE) && source === "Pembeli senang." ? [INSIDE, source] : [source]));
}

async function ingestTranslated(): Promise<string> {
  const { id } = await ingestDocument({ text: TEXT });
  for (const row of await rows(id)) {
    await db.segment.update({ where: { id: row.id }, data: { target: `EN ${row.source}`, status: "machine", version: 1 } });
  }
  return id;
}

beforeEach(async () => {
  await db.document.deleteMany();
  await db.change.deleteMany();
});

describe("restoreRemovedLine", () => {
  it("inserts only the line's sentence, pending, between its neighbours, and logs it", async () => {
    const id = await ingestTranslated();
    const before = await rows(id);
    expect(await restoreRemovedLine(id, READ_ALSO)).toEqual({ added: 1 });
    const after = await expectKept(id, before);
    expect(after.map((r) => r.source)).toEqual(freshOrder([READ_ALSO]));
    const restored = after.find((r) => r.source === READ_ALSO)!;
    expect(restored).toMatchObject({ status: "pending", target: null, version: 0 });
    // Its own paragraph, between the two it sat between in the page.
    const paragraphs = after.map((r) => r.paragraphIndex);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(new Set(after.filter((r) => r.paragraphIndex === restored.paragraphIndex).map((r) => r.id))).toEqual(new Set([restored.id]));
    const changes = await db.change.findMany({ where: { documentId: id } });
    expect(changes).toEqual([expect.objectContaining({ action: "restore_line", segmentId: restored.id, actorKind: "person", actorName: "human", newSource: READ_ALSO, newStatus: "pending" })]);
    const document = await getDocument(id);
    expect(document!.report.removed.map((r) => r.line)).toEqual([INSIDE, SCROLL]);
    expect(document!.report.restored).toEqual([READ_ALSO]);
    expect(document!.status).toBe("translating");
  });

  it("puts a line from inside a paragraph back between that paragraph's sentences", async () => {
    const id = await ingestTranslated();
    const before = await rows(id);
    await restoreRemovedLine(id, INSIDE);
    const after = await expectKept(id, before);
    expect(after.map((r) => r.source)).toEqual(freshOrder([INSIDE]));
    const at = after.findIndex((r) => r.source === INSIDE);
    expect(after[at - 1]?.paragraphIndex).toBe(after[at]?.paragraphIndex);
    expect(after[at + 1]?.paragraphIndex).toBe(after[at]?.paragraphIndex);
  });

  it("keeps an edit and its history", async () => {
    const id = await ingestTranslated();
    const target = (await rows(id))[2]!;
    const saved = await updateSegmentTranslation({ id: target.id, target: "Traders sell fruit from boats.", version: target.version });
    expect(saved.ok).toBe(true);
    const before = await rows(id);
    await restoreRemovedLine(id, READ_ALSO);
    await expectKept(id, before);
    expect(await db.change.findMany({ where: { segmentId: target.id }, select: { action: true, newTarget: true } })).toEqual([
      { action: "edit", newTarget: "Traders sell fruit from boats." },
    ]);
  });

  it("keeps both halves of a split, with their statuses", async () => {
    const id = await ingestTranslated();
    const first = (await rows(id))[1]!;
    const split = await splitSegment({ id: first.id, version: first.version, sourceAt: first.source.indexOf(" di "), targetAt: 8 });
    expect(split.ok).toBe(true);
    const before = await rows(id);
    await restoreRemovedLine(id, READ_ALSO);
    const after = await expectKept(id, before);
    expect(after.map((r) => r.source).indexOf(READ_ALSO)).toBe(after.map((r) => r.source).indexOf("Pengunjung datang sejak subuh.") - 1);
    expect(after.filter((r) => r.status === "machine")).toHaveLength(before.length);
  });

  it("keeps a merge and the merged-away sentence's history", async () => {
    const id = await ingestTranslated();
    const [, first, second] = await rows(id);
    const merged = await mergeSegments({ id: first!.id, version: first!.version, nextVersion: second!.version });
    expect(merged.ok).toBe(true);
    const before = await rows(id);
    await restoreRemovedLine(id, SCROLL);
    await restoreRemovedLine(id, READ_ALSO);
    const after = await expectKept(id, before);
    expect(after.map((r) => r.source).slice(0, 3)).toEqual([before[0]!.source, before[1]!.source, READ_ALSO]);
    expect(after.at(-1)?.source).toBe(SCROLL);
    expect(await db.change.count({ where: { segmentId: second!.id, action: "merge" } })).toBe(1);
  });

  it("keeps a copy filled by propagation from another article", async () => {
    const id = await ingestTranslated();
    const other = await ingestDocument({ text: "Berita Lain Hari Ini\n\nPengunjung datang sejak subuh.\n\nSemua senang." });
    const source = (await rows(other.id)).find((r) => r.source === "Pengunjung datang sejak subuh.")!;
    await updateSegmentTranslation({ id: source.id, target: "Visitors came from dawn.", version: source.version });
    expect(await propagateCorrection(source.id)).toMatchObject({ ok: true, updated: 1 });
    const before = await rows(id);
    expect(before.find((r) => r.source === source.source)).toMatchObject({ status: "edited", target: "Visitors came from dawn." });
    await restoreRemovedLine(id, READ_ALSO);
    await expectKept(id, before);
  });

  it("restores a line once: a second restore of it is refused and changes nothing", async () => {
    const id = await ingestTranslated();
    await restoreRemovedLine(id, READ_ALSO);
    const before = await rows(id);
    const error = await restoreRemovedLine(id, READ_ALSO).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("invalid-input");
    expect(await rows(id)).toEqual(before);
    expect(await db.change.count({ where: { documentId: id } })).toBe(1);
  });

  it.each([
    ["in page order", ALL_REMOVED],
    ["last first", [SCROLL, INSIDE, READ_ALSO]],
    ["middle first", [INSIDE, SCROLL, READ_ALSO]],
  ])("restoring every line %s gives the page order", async (_name, order) => {
    const id = await ingestTranslated();
    const before = await rows(id);
    for (const line of order) await restoreRemovedLine(id, line);
    const after = await expectKept(id, before);
    expect(after.map((r) => r.source)).toEqual(freshOrder(ALL_REMOVED));
    expect((await getDocument(id))!.report.removed).toEqual([]);
  });

  it("finds the place in a document ingested before positions were recorded, even after a rename", async () => {
    const id = await ingestTranslated();
    const document = await db.document.findUniqueOrThrow({ where: { id } });
    const report = document.report as { removed: { line: string; reason: string; rule: string }[] };
    const legacy = { ...report, origins: undefined, removed: report.removed.map(({ line, reason, rule }) => ({ line, reason, rule })) };
    await db.document.update({ where: { id }, data: { report: JSON.parse(JSON.stringify(legacy)), title: "Nama baru" } });
    await restoreRemovedLine(id, SCROLL);
    await restoreRemovedLine(id, READ_ALSO);
    expect((await rows(id)).map((r) => r.source)).toEqual(freshOrder([SCROLL, READ_ALSO]));
  });

  it("links glossary mentions for the new sentence only, leaving the others' as they were", async () => {
    const id = await ingestTranslated();
    const mentions = await db.entityMention.findMany({ where: { documentId: id }, orderBy: { id: "asc" } });
    expect(mentions.length).toBeGreaterThan(0);
    await restoreRemovedLine(id, INSIDE);
    const restored = (await rows(id)).find((r) => r.source === INSIDE)!;
    const after = await db.entityMention.findMany({ where: { documentId: id }, orderBy: { id: "asc" } });
    expect(after.filter((m) => m.segmentId !== restored.id)).toEqual(mentions);
    expect(after.filter((m) => m.segmentId === restored.id).map((m) => m.surface)).toContain("Kalimantan");
  });

  it("puts a repeated paragraph back where the page repeated it", async () => {
    const text = "Judul Berita Pasar Ikan\n\nNelayan pulang pagi.\n\nHarga ikan turun.\n\nNelayan pulang pagi.\n\nPembeli senang.";
    const { id } = await ingestDocument({ text });
    const before = await rows(id);
    expect((await getDocument(id))!.report).toMatchObject({ removed: [{ line: "Nelayan pulang pagi.", reason: "duplicate" }], duplicateParagraphs: 1 });
    await restoreRemovedLine(id, "Nelayan pulang pagi.");
    expect((await getDocument(id))!.report).toMatchObject({ removed: [], duplicateParagraphs: 0 });
    await expectKept(id, before);
    expect((await rows(id)).map((r) => r.source)).toEqual(prepareArticle({ text, keepLines: ["Nelayan pulang pagi."] }).segments.map((s) => s.source));
  });

  it("brings a line the page repeats back at each of its places", async () => {
    const text = "Judul Berita Pasar Ikan\n\nNelayan pulang pagi.\n\nIklan\n\nHarga ikan turun.\n\nIklan\n\nPembeli senang.";
    const { id } = await ingestDocument({ text });
    expect(await restoreRemovedLine(id, "Iklan")).toEqual({ added: 2 });
    expect((await rows(id)).map((r) => r.source)).toEqual(prepareArticle({ text, keepLines: ["Iklan"] }).segments.map((s) => s.source));
  });

  it("refuses a document in the trash, changing nothing", async () => {
    const id = await ingestTranslated();
    await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
    const before = await rows(id);
    const error = await restoreRemovedLine(id, READ_ALSO).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("not-found");
    expect(await rows(id)).toEqual(before);
  });

  it("refuses a line that was never removed", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const error = await restoreRemovedLine(id, "Pengunjung datang sejak subuh.").catch((e: unknown) => e);
    expect((error as AppError).code).toBe("invalid-input");
  });
});

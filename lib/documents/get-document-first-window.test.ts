import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDocument, type FixtureSegment } from "@/lib/test/segment-seed";
import { countSegments } from "./count-segments";
import { getDocument } from "./get-document";
import { getDocumentFirstWindow } from "./get-document-first-window";

beforeEach(async () => {
  await db.document.deleteMany();
});

// Paragraph p holds `size` sentences; every third is pending, every fifth edited.
function article(paragraphs: number, size: number): FixtureSegment[] {
  return Array.from({ length: paragraphs * size }, (_, i) => ({
    source: `Kalimat ${i}.`,
    paragraphIndex: 1 + Math.floor(i / size),
    status: i % 3 === 0 ? "pending" : i % 5 === 0 ? "edited" : "machine",
  }));
}

describe("getDocumentFirstWindow", () => {
  it("reads the first window, with the whole article's figures beside it", async () => {
    const { documentId, ids } = await seedDocument(article(10, 4));
    const first = await getDocumentFirstWindow(documentId, 9);
    const whole = await getDocument(documentId);
    expect(first && whole).toBeTruthy();
    if (!first || !whole) return;
    expect(first.view.paragraphs.map((p) => p.index)).toEqual([1, 2]);
    expect(first.view.paragraphs.flatMap((p) => p.segments.map((s) => s.id))).toEqual(ids.slice(0, 8));
    expect(first.view.paragraphs).toEqual(whole.paragraphs.slice(0, 2));
    expect(first.view.progress).toEqual(whole.progress);
    expect(first.outline).toEqual({ counts: countSegments(whole.paragraphs), draftCount: whole.paragraphs.flatMap((p) => p.segments).filter((s) => s.status === "machine").length });
  });

  it("gives the whole document, without an outline, when it fits", async () => {
    const { documentId } = await seedDocument(article(2, 3));
    const first = await getDocumentFirstWindow(documentId, 60);
    const { changeVersion: _, ...whole } = (await getDocument(documentId))!;
    expect(first?.outline).toBeNull();
    expect(first?.view).toMatchObject(whole);
  });

  it("finds neither a missing nor a trashed document", async () => {
    const { documentId } = await seedDocument(article(1, 1));
    await db.document.update({ where: { id: documentId }, data: { deletedAt: new Date() } });
    expect(await getDocumentFirstWindow(documentId)).toBeNull();
    expect(await getDocumentFirstWindow("no-such-document")).toBeNull();
  });
});

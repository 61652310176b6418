import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "./ingest-document";

const ARTICLE = `Perpustakaan Baru Dibuka di Bandung

Pemerintah kota membuka perpustakaan baru pada hari Senin. Perpustakaan itu buka setiap hari.

Warga menyambut baik kabar tersebut. "Kami senang sekali," kata seorang warga.`;

const ENGLISH = `New Library Opens in Bandung

The city government opened a new library on Monday. The library is open every day.

Residents welcomed the news. "We are very happy," said one resident.`;

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("ingestDocument with a translation", () => {
  it("stores aligned reference pairs with their confidence and logs one align change", async () => {
    const result = await ingestDocument({ text: ARTICLE, translation: { text: ENGLISH } });
    expect(result.status).toBe("ready");
    const segments = await db.segment.findMany({ where: { documentId: result.id }, orderBy: { position: "asc" } });
    expect(segments.map((s) => [s.kind, s.paragraphIndex, s.source, s.target])).toEqual([
      ["title", 0, "Perpustakaan Baru Dibuka di Bandung", "New Library Opens in Bandung"],
      ["body", 1, "Pemerintah kota membuka perpustakaan baru pada hari Senin.", "The city government opened a new library on Monday."],
      ["body", 1, "Perpustakaan itu buka setiap hari.", "The library is open every day."],
      ["body", 2, "Warga menyambut baik kabar tersebut.", "Residents welcomed the news."],
      ["body", 2, "\"Kami senang sekali,\" kata seorang warga.", "\"We are very happy,\" said one resident."],
    ]);
    expect(segments.every((s) => s.status === "reference" && s.engine === "aligned" && s.reviewedBy === null)).toBe(true);
    expect(segments.every((s) => (s.alignConfidence ?? -1) > 0)).toBe(true);
    const changes = await db.change.findMany({ where: { documentId: result.id } });
    expect(changes.map((c) => [c.action, c.engine, c.details])).toEqual([["align", "aligned", { pairs: 4, oneSided: 0, meanConfidence: expect.any(Number) }]]);
  });

  it("is a different document from the same Indonesian without its translation", async () => {
    const plain = await ingestDocument({ text: ARTICLE });
    const aligned = await ingestDocument({ text: ARTICLE, translation: { text: ENGLISH } });
    expect(aligned.id).not.toBe(plain.id);
  });

  it.each([
    ["an empty English side", ARTICLE, "   ", "translation-empty"],
    ["an English side in Indonesian", ARTICLE, ARTICLE.replace("Bandung", "Bogor"), "translation-not-english"],
    ["sides swapped", ENGLISH, ARTICLE, "sides-swapped"],
  ])("refuses %s and stores nothing", async (_name, text, english, problem) => {
    const changesBefore = await db.change.count();
    await expect(ingestDocument({ text, translation: { text: english } })).rejects.toMatchObject({ code: "invalid-input", details: { problem } });
    expect(await db.document.count()).toBe(0);
    expect(await db.change.count()).toBe(changesBefore);
  });

  it("warns, with the ratio, when the sides' lengths differ wildly, and goes on", async () => {
    const result = await ingestDocument({ text: ARTICLE, translation: { text: "The city government opened a new library on Monday." } });
    const stored = await db.document.findUniqueOrThrow({ where: { id: result.id } });
    expect(JSON.stringify(stored.report)).toMatch(/0\.\d+× the length/);
  });
});

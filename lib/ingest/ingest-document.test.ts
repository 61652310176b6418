import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "./ingest-document";
import { AppError } from "@/lib/errors";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { corpusFiles, corpusMissingMessage } from "@/lib/test/corpus";

const ARTICLE = `Perpustakaan Baru Dibuka di Bandung

Pemerintah kota membuka perpustakaan baru pada hari Senin. Perpustakaan itu buka setiap hari.

Warga menyambut baik kabar tersebut. "Kami senang sekali," kata seorang warga.`;

beforeEach(async () => {
  await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS fail_segment_insert");
  await db.document.deleteMany();
});

describe("ingestDocument", () => {
  it("stores the document, its raw text and every sentence as pending segments", async () => {
    const result = await ingestDocument({ text: ARTICLE });
    expect(result).toMatchObject({ status: "translating", duplicate: false });
    const stored = await db.document.findUniqueOrThrow({ where: { id: result.id }, include: { segments: { orderBy: { position: "asc" } } } });
    expect(stored.rawText).toBe(ARTICLE);
    expect(stored.title).toBe("Perpustakaan Baru Dibuka di Bandung");
    expect(stored.segments.map((s) => [s.kind, s.paragraphIndex, s.source])).toEqual([
      ["title", 0, "Perpustakaan Baru Dibuka di Bandung"],
      ["body", 1, "Pemerintah kota membuka perpustakaan baru pada hari Senin."],
      ["body", 1, "Perpustakaan itu buka setiap hari."],
      ["body", 2, "Warga menyambut baik kabar tersebut."],
      ["body", 2, "\"Kami senang sekali,\" kata seorang warga."],
    ]);
    expect(stored.segments.every((s) => s.status === "pending" && s.target === null && s.version === 0)).toBe(true);
  });

  it("returns the existing document for the same content, even with other line endings", async () => {
    const first = await ingestDocument({ text: ARTICLE });
    const again = await ingestDocument({ text: `${ARTICLE.replace(/\n/g, "\r\n")}\n\n` });
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    expect(await db.document.count()).toBe(1);
  });

  it("keeps one document when the same text is ingested concurrently", async () => {
    const results = await Promise.all([1, 2, 3].map(() => ingestDocument({ text: ARTICLE })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.document.count()).toBe(1);
  });

  it("writes nothing when a segment insert fails half-way (one transaction)", async () => {
    await db.$executeRawUnsafe(
      "CREATE TRIGGER fail_segment_insert BEFORE INSERT ON Segment WHEN NEW.position = 3 BEGIN SELECT RAISE(ABORT, 'simulated crash'); END",
    );
    await expect(ingestDocument({ text: ARTICLE })).rejects.toThrow();
    expect(await db.document.count()).toBe(0);
    expect(await db.segment.count()).toBe(0);
  });

  it.each([
    ["empty", "", "empty-input"],
    ["whitespace only", " \n\t \u00a0\n ", "empty-input"],
    ["boilerplate only", "Scroll to Top", "empty-input"],
    ["over the size limit", "kata ".repeat(MAX_INPUT_BYTES / 5 + 10), "too-large"],
  ])("refuses %s input and stores nothing", async (_name, text, code) => {
    const error = await ingestDocument({ text }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(await db.document.count()).toBe(0);
  });
});

describe.skipIf(corpusFiles().length === 0)("the sample corpus", () => {
  it("ingests every article once", async () => {
    for (const file of corpusFiles()) {
      const result = await ingestDocument({ text: fs.readFileSync(file, "utf8") });
      expect(result.duplicate).toBe(false);
    }
    expect(await db.document.count()).toBe(corpusFiles().length);
  });
});

if (corpusFiles().length === 0) console.warn(corpusMissingMessage);

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { translateBatch } from "./translate-batch";
import type { TranslationEngine } from "@/lib/translation/engine";
import { changeRows } from "@/lib/test/change-rows";

// The worker's bookkeeping is under test here, not translation quality, so a
// transparent engine that records each call is the clearest witness.
function recordingEngine(failOnCall?: number): TranslationEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id: "test:upper",
    kind: "draft",
    calls,
    async translate(sentences) {
      calls.push([...sentences]);
      if (calls.length === failOnCall) throw new Error("process killed mid-batch");
      return sentences.map((s) => s.toUpperCase());
    },
  };
}

const TEXT = `Judul Berita Hari Ini

Kalimat pertama ada di sini. Kalimat kedua menyusul. Kalimat ketiga juga.

Paragraf kedua punya satu kalimat. Lalu satu lagi.`;

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("translateBatch", () => {
  it("translates pending segments in order and records one machine change each", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const engine = recordingEngine();
    while ((await translateBatch(engine, 2, null)).documentIds.length > 0);
    const segments = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(segments.every((s) => s.status === "machine" && s.engine === "test:upper" && s.version === 1)).toBe(true);
    expect(segments.map((s) => s.target)).toEqual(segments.map((s) => s.source.toUpperCase()));
    for (const s of segments) {
      expect(await changeRows(s.id)).toMatchObject([{ action: "machine", actorKind: "engine", origin: "test:upper", engine: "test:upper", oldStatus: "pending", status: "machine" }]);
    }
    expect(engine.calls.flat()).toEqual(segments.map((s) => s.source));
    const document = await db.document.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({ status: "ready", engine: "test:upper" });
  });

  it("resumes after a crash at the first pending segment: nothing lost, nothing translated twice", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const crashing = recordingEngine(2);
    await translateBatch(crashing, 2, null);
    await expect(translateBatch(crashing, 2, null)).rejects.toThrow("killed");
    expect(await db.segment.count({ where: { documentId: id, status: "machine" } })).toBe(2);

    const restarted = recordingEngine();
    while ((await translateBatch(restarted, 2, null)).documentIds.length > 0);
    const all = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(restarted.calls.flat()).toEqual(all.slice(2).map((s) => s.source));
    expect(await db.change.count({ where: { action: "machine", documentId: id } })).toBe(all.length);
    expect(all.every((s) => s.status === "machine")).toBe(true);
  });

  it("never overwrites a sentence someone edited while the batch was running", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const first = await db.segment.findFirstOrThrow({ where: { documentId: id }, orderBy: { position: "asc" } });
    const slow: TranslationEngine = {
      id: "test:slow",
      kind: "draft",
      async translate(sentences) {
        await db.segment.update({ where: { id: first.id }, data: { target: "Human title", status: "edited", version: { increment: 1 } } });
        return sentences.map(() => "machine");
      },
    };
    const result = await translateBatch(slow, 3, null);
    expect(result.written).toBe(2);
    expect(await db.segment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ target: "Human title", status: "edited" });
  });

  it("records the fallback note on the document", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await translateBatch(recordingEngine(), 50, "model_unavailable");
    expect((await db.document.findUniqueOrThrow({ where: { id } })).engineNote).toBe("model_unavailable");
  });
});

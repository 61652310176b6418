// The app's own path with the neural engine selected: ingest → worker → stored
// translations, on the real transformers.js pipeline and the generated tiny model.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { buildTinyModel } from "@/lib/translation/tiny-model/build-tiny-model";
import { expectedTinyTranslation } from "@/lib/translation/tiny-model/vocabulary";
import { forgetEngineChoice, selectEngine } from "@/lib/translation/select-engine";
import { drainQueue } from "./translation-worker";

let tempDir = "";

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "selaras-worker-"));
  const { modelId, modelsDir } = await buildTinyModel(tempDir);
  Object.assign(process.env, { TRANSLATION_ENGINE: "auto", TRANSLATION_MODEL: modelId, MODELS_DIR: modelsDir, ALLOW_REMOTE_MODELS: "false" });
  resetEnvCache();
  forgetEngineChoice();
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("the worker with the neural engine", () => {
  it("translates every sentence, records the model as engine and leaves no note", async () => {
    const { id } = await ingestDocument({ text: "Berita Baru\n\nPresiden datang ke Jakarta. Saya makan nasi dan minum kopi.\n\nRakyat kota itu tidak pergi." });
    await drainQueue({ batchSize: 2 });
    const document = await db.document.findUniqueOrThrow({ where: { id }, include: { segments: { orderBy: { position: "asc" } } } });
    expect(document).toMatchObject({ status: "ready", engine: "neural:selaras/tiny-marian-id-en", engineNote: null });
    for (const segment of document.segments) {
      expect(segment).toMatchObject({ status: "machine", engine: "neural:selaras/tiny-marian-id-en", target: expectedTinyTranslation(segment.source) });
    }
  });

  it("retranslates drafts made while the model was missing, and never a human edit", async () => {
    const { id } = await ingestDocument({ text: "Kabar Kota\n\nPemerintah kota sudah datang. Presiden Rusia akan pergi." });
    const [title, first, second] = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    await db.segment.update({ where: { id: first!.id }, data: { target: "draft gloss", status: "machine", engine: "draft:lexicon", version: 1 } });
    await db.segment.update({ where: { id: second!.id }, data: { target: "Human text", status: "edited", engine: "draft:lexicon", version: 2 } });
    await drainQueue({ batchSize: 4 });
    const after = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(after[0]).toMatchObject({ id: title!.id, engine: "neural:selaras/tiny-marian-id-en" });
    expect(after[1]).toMatchObject({ engine: "neural:selaras/tiny-marian-id-en", target: expectedTinyTranslation(first!.source), version: 2 });
    expect(after[2]).toMatchObject({ target: "Human text", status: "edited", version: 2 });
  });
});

describe("the draft redo with a poison sentence", () => {
  it("fails that sentence alone after its attempts, keeps its draft, and stops retrying it", async () => {
    const { id } = await ingestDocument({ text: "Kabar Desa\n\nRakyat desa sudah datang. Presiden akan pergi ke kota." });
    const segments = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    for (const segment of segments) {
      await db.segment.update({ where: { id: segment.id }, data: { target: `draft ${segment.position}`, status: "machine", engine: "draft:lexicon", version: 1 } });
    }
    await db.translationTask.deleteMany();
    const poison = segments[1]!.source;
    const real = await selectEngine();
    const calls: string[] = [];
    // The real tiny-model engine, refusing one sentence as a broken model output would.
    const choke = async () => ({
      note: null,
      engine: {
        ...real.engine!,
        translate: async (sentences: readonly string[]) => {
          calls.push(...sentences);
          if (sentences.includes(poison)) throw new Error("Translation model returned 0 items for 1 sentences");
          return real.engine!.translate(sentences);
        },
      },
    });
    await drainQueue({ chooseEngine: choke, batchSize: 4 });
    const after = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" }, include: { task: true } });
    expect(after[1]).toMatchObject({ target: "draft 1", engine: "draft:lexicon", status: "machine" });
    expect(after[1]!.task).toMatchObject({ kind: "redraft", attempts: 3, lastError: "Translation model returned 0 items for 1 sentences" });
    for (const other of [after[0]!, after[2]!]) expect(other).toMatchObject({ engine: "neural:selaras/tiny-marian-id-en", task: null });
    // Drained again: the failed redo is not owed again, so the engine never sees it.
    const before = calls.length;
    await drainQueue({ chooseEngine: choke, batchSize: 4 });
    expect(calls.length).toBe(before);
  });
});

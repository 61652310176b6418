// Over-long sentences reach the model in clause-sized pieces and come back as one
// translation each; run on the real pipeline with the generated tiny model.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNeuralEngine } from "./neural-engine";
import { buildTinyModel } from "./tiny-model/build-tiny-model";
import { expectedTinyTranslation } from "./tiny-model/vocabulary";
import { translateSentences } from "./translate-sentences";
import { MAX_MODEL_CHARS } from "@/lib/limits";
import type { TranslationEngine } from "./engine";

let tempDir = "";
let engine: TranslationEngine;
const seen: string[] = [];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "selaras-long-"));
  const { modelId, modelsDir } = await buildTinyModel(tempDir);
  const neural = await createNeuralEngine({ model: modelId, modelsDir, allowRemote: false, dtype: "q8", threads: 1, loadTimeoutMs: 10_000, batchSize: 4 });
  engine = {
    ...neural,
    async translate(sentences) {
      seen.push(...sentences);
      return neural.translate(sentences);
    },
  };
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("translateSentences", () => {
  it("sends a sentence over the model's limit in clause pieces and joins their translations", async () => {
    const clause = "saya makan nasi dan kamu minum air di kota besar";
    const long = `${Array.from({ length: 16 }, () => clause).join(", ")}.`;
    expect(long.length).toBeGreaterThan(MAX_MODEL_CHARS);
    const short = "Presiden datang ke Jakarta.";

    const [longEnglish, shortEnglish] = await translateSentences(engine, [long, short]);

    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((piece) => piece.length <= MAX_MODEL_CHARS)).toBe(true);
    expect(longEnglish).toBe(expectedTinyTranslation(long));
    expect(shortEnglish).toBe(expectedTinyTranslation(short));
  });
});

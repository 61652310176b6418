// Runs the real transformers.js pipeline on the tiny model built into a temp folder:
// no hub, no mocks.
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ModelUnavailableError,
  createNeuralEngine,
  isModelAvailableLocally,
  loadTranslator,
  type ModelLoadProgress,
  type NeuralEngineOptions,
} from "./neural-engine";
import { buildTinyModel } from "./tiny-model/build-tiny-model";
import { expectedTinyTranslation } from "./tiny-model/vocabulary";

let tempDir = "";
let options: NeuralEngineOptions;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "selaras-neural-"));
  const { modelId, modelsDir } = await buildTinyModel(tempDir);
  options = { model: modelId, modelsDir, allowRemote: false, dtype: "q8", threads: 1, loadTimeoutMs: 10_000, batchSize: 2 };
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("createNeuralEngine on the tiny model", () => {
  it("translates a batch of mixed lengths word for word, in input order", async () => {
    const engine = await createNeuralEngine(options);
    const sentences = [
      "Presiden Rusia datang ke Jakarta dan saya minum kopi.",
      "Saya makan nasi.",
      "",
      "Pemerintah Indonesia tidak akan pergi ke kota besar itu, kata berita hari ini.",
      "Dia minum air?",
      "kucing saya",
    ];
    const translated = await engine.translate(sentences);
    expect(engine.id).toBe("neural:selaras/tiny-marian-id-en");
    expect(engine.kind).toBe("neural");
    expect(translated).toEqual([
      "president Russia come to Jakarta and I drink coffee.",
      "I eat rice.",
      "",
      "government Indonesia not will go to city big that, news day this.",
      "he drink water?",
      "I",
    ]);
    expect(translated).toEqual(sentences.map(expectedTinyTranslation));
  });

  it("takes the number of beams as a setting; transformers.js still returns the greedy words", async () => {
    const greedy = await createNeuralEngine({ ...options, numBeams: 1 });
    const beams = await createNeuralEngine({ ...options, numBeams: 4 });
    const sentences = ["Saya makan nasi.", "Presiden Rusia datang ke Jakarta."];
    expect(await beams.translate(sentences)).toEqual(await greedy.translate(sentences));
    expect(await beams.translate(sentences)).toEqual(["I eat rice.", "president Russia come to Jakarta."]);
  });

  it("returns [] for no sentences", async () => {
    const engine = await createNeuralEngine(options);
    expect(await engine.translate([])).toEqual([]);
  });

  it("shares one load between concurrent first callers", async () => {
    const fresh = { ...options, dtype: "fp32" };
    const first = loadTranslator(fresh);
    const second = loadTranslator(fresh);
    expect(second).toBe(first);
    const [a, b] = await Promise.all([createNeuralEngine(fresh), createNeuralEngine(fresh)]);
    expect(await a.translate(["saya makan"])).toEqual(["I eat"]);
    expect(await b.translate(["kami minum"])).toEqual(["we drink"]);
    expect(await loadTranslator(fresh)).toBe(await first);
  });

  it("passes file progress through to onProgress", async () => {
    // A second copy of the model: a new cache key, so this call starts its own load.
    const copy = await buildTinyModel(path.join(tempDir, "copy"));
    const seen: ModelLoadProgress[] = [];
    const engine = await createNeuralEngine({ ...options, ...copy, onProgress: (p) => seen.push(p) });
    expect(await engine.translate(["berita baru"])).toEqual(["news new"]);
    const finished = new Set(seen.filter((p) => p.total > 0 && p.loaded === p.total).map((p) => p.file));
    expect(finished).toContain("config.json");
    expect(finished).toContain("onnx/decoder_model_merged_quantized.onnx");
  });

  it("reports the model as available locally only with every file for that dtype", () => {
    expect(isModelAvailableLocally(options.modelsDir, options.model, "q8")).toBe(true);
    expect(isModelAvailableLocally(options.modelsDir, options.model, "fp32")).toBe(true);
    expect(isModelAvailableLocally(options.modelsDir, options.model, "fp16")).toBe(false);
    expect(isModelAvailableLocally(options.modelsDir, "Xenova/opus-mt-id-en", "q8")).toBe(false);
  });
});

describe("createNeuralEngine when the model cannot be had", () => {
  it("rejects fast with a readable reason when the model is missing and downloads are off", async () => {
    const started = Date.now();
    const attempt = createNeuralEngine({ ...options, model: "Xenova/opus-mt-id-en" });
    await expect(attempt).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(attempt).rejects.toThrow(/model Xenova\/opus-mt-id-en in .* is not usable \(config\.json is missing;.*downloading is turned off/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("gives up waiting for a download that never answers, and lets the next call retry", async () => {
    // A host that accepts connections and never replies: a hung hub, offline and deterministic.
    const server = http.createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const hung = { ...options, model: "selaras/never-answers", allowRemote: true, loadTimeoutMs: 300, hubUrl, downloadStallMs: 5_000 };
      const started = Date.now();
      const first = loadTranslator(hung);
      await expect(first).rejects.toThrow(/selaras\/never-answers is not ready in .*: loading or downloading it took longer than 300 ms/);
      await expect(first).rejects.toBeInstanceOf(ModelUnavailableError);
      expect(Date.now() - started).toBeLessThan(2_000);
      const retry = loadTranslator(hung);
      expect(retry).not.toBe(first);
      await expect(retry).rejects.toBeInstanceOf(ModelUnavailableError);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

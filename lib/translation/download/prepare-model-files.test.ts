// The load-time check: a truncated or corrupted file is named at load, and a damaged folder
// stops counting as available (so the engine selector does not retry it every 5 minutes)
// until a file changes.
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startModelHub, type ModelHub } from "@/lib/test/model-hub-server";
import { isModelAvailableLocally } from "../model-files";
import { loadTranslator, type NeuralEngineOptions } from "../neural-engine";
import { TINY_MODEL_ID, tinyModelFiles } from "../tiny-model/build-tiny-model";
import { downloadModelFiles } from "./download-model-files";

const COMMIT = "89abcdef0123456789abcdef0123456789abcdef";
const DECODER = "onnx/decoder_model_merged_quantized.onnx";
const FILES = tinyModelFiles();

let modelsDir = "";
let hub: ModelHub;
let options: NeuralEngineOptions;

beforeEach(async () => {
  modelsDir = await mkdtemp(path.join(os.tmpdir(), "selaras-prepare-"));
  hub = await startModelHub(TINY_MODEL_ID, COMMIT, FILES);
  await downloadModelFiles({ hubUrl: hub.url, model: TINY_MODEL_ID, dtype: "q8", modelsDir, manifest: undefined, stallMs: 2_000 });
  options = { model: TINY_MODEL_ID, modelsDir, allowRemote: false, dtype: "q8", threads: 1, loadTimeoutMs: 10_000, batchSize: 2, hubUrl: hub.url, downloadStallMs: 2_000 };
});

afterEach(async () => {
  await hub.close();
  await rm(modelsDir, { recursive: true, force: true });
});

const decoderPath = () => path.join(modelsDir, TINY_MODEL_ID, DECODER);

async function flipByte(file: string, at: number): Promise<void> {
  const bytes = await readFile(file);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  await writeFile(file, bytes);
}

describe("loading a downloaded model that was damaged since", () => {
  it("names a truncated file, and the folder no longer counts as available", async () => {
    await truncate(decoderPath(), 917);
    expect(isModelAvailableLocally(modelsDir, TINY_MODEL_ID, "q8")).toBe(false);
    await expect(loadTranslator(options)).rejects.toThrow(
      /is not usable \(onnx\/decoder_model_merged_quantized\.onnx has 917 bytes, not the 1834 that were downloaded \(truncated or replaced\)\).*run npm run model:download/,
    );
  });

  it("names a corrupted byte, stops counting the folder until the file changes, then loads", async () => {
    await flipByte(decoderPath(), 1_000);
    expect(isModelAvailableLocally(modelsDir, TINY_MODEL_ID, "q8")).toBe(true); // same size: only the hash can tell
    await expect(loadTranslator(options)).rejects.toThrow(
      /is damaged: onnx\/decoder_model_merged_quantized\.onnx is corrupt: its sha256 is [0-9a-f]{64}, not [0-9a-f]{64}\. Delete the file and run npm run model:download/,
    );
    expect(isModelAvailableLocally(modelsDir, TINY_MODEL_ID, "q8")).toBe(false);
    await writeFile(decoderPath(), FILES.get(DECODER)!);
    expect(isModelAvailableLocally(modelsDir, TINY_MODEL_ID, "q8")).toBe(true);
    await expect(loadTranslator(options)).resolves.toBeTypeOf("function");
  });

  it("with downloads allowed, fetches a damaged file again", async () => {
    await truncate(decoderPath(), 100);
    const before = hub.requests.length;
    const translator = await loadTranslator({ ...options, allowRemote: true });
    expect(translator).toBeTypeOf("function");
    expect(hub.requests.slice(before).map((r) => r.path)).toEqual([DECODER]);
    expect(await readFile(decoderPath())).toEqual(Buffer.from(FILES.get(DECODER)!));
  });
});

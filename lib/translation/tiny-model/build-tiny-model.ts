// Writes the tiny Marian-format model folder that tests and e2e runs load through the real
// transformers.js pipeline, so no test needs the hub or a 300 MB download.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { decoderGraph, encoderGraph } from "./graphs";
import { generationConfig, modelConfig, tokenizerConfig, tokenizerJson } from "./model-json";
import { buildTinyVocabulary } from "./vocabulary";

export const TINY_MODEL_ID = "selaras/tiny-marian-id-en";

/** Every file of the folder, by path relative to `<modelsDir>/<modelId>/`. */
export function tinyModelFiles(): Map<string, Uint8Array> {
  const vocab = buildTinyVocabulary();
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2) + "\n");
  const encoder = encoderGraph();
  const decoder = decoderGraph(vocab.targetIdOf);
  return new Map([
    ["config.json", json(modelConfig(vocab))],
    ["generation_config.json", json(generationConfig(vocab))],
    ["tokenizer.json", json(tokenizerJson(vocab))],
    ["tokenizer_config.json", json(tokenizerConfig())],
    // fp32 and q8 names hold the same graph: it has no weights to quantise.
    ["onnx/encoder_model.onnx", encoder],
    ["onnx/encoder_model_quantized.onnx", encoder],
    ["onnx/decoder_model_merged.onnx", decoder],
    ["onnx/decoder_model_merged_quantized.onnx", decoder],
  ]);
}

/**
 * Writes the model to `<dir>/<modelId>/`. Idempotent: unchanged files are left alone, and
 * changed ones are replaced by rename so a parallel reader never sees half a file.
 */
export async function buildTinyModel(dir: string): Promise<{ modelId: string; modelsDir: string }> {
  const modelsDir = path.resolve(dir);
  const root = path.join(modelsDir, TINY_MODEL_ID);
  for (const [relative, bytes] of tinyModelFiles()) {
    const target = path.join(root, relative);
    if (await hasSameBytes(target, bytes)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }
  return { modelId: TINY_MODEL_ID, modelsDir };
}

async function hasSameBytes(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    return Buffer.from(bytes).equals(await readFile(file));
  } catch {
    return false;
  }
}

// Engine overhead per batch on the generated tiny model: the app's engine
// (translateSentences → createNeuralEngine, with sorting, clause splitting and reshaping)
// against the raw transformers.js pipeline call on the same batches, in the same run.
// With the real model installed, also its throughput in sentences/s; skipped otherwise.
//   npx tsx --conditions=react-server scripts/bench-engine.ts [--batches 40] [--batch-size 8]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildTinyModel } from "@/lib/translation/tiny-model/build-tiny-model";
import { createNeuralEngine, isModelAvailableLocally, loadTranslator, type NeuralEngineOptions } from "@/lib/translation/neural-engine";
import { translateSentences } from "@/lib/translation/translate-sentences";
import { normalizeText } from "@/lib/text/normalize";
import { cleanArticle } from "@/lib/text/clean-article";
import { splitSentences } from "@/lib/text/segment-sentences";
import { round, summarize } from "@/lib/test/latency-stats";
import { harnessSources } from "./crash-harness";

const { values } = parseArgs({ options: { batches: { type: "string", default: "40" }, "batch-size": { type: "string", default: "8" } } });
const batchCount = Math.max(1, Number(values.batches));
const batchSize = Math.max(1, Number(values["batch-size"]));

const sentences = harnessSources().flatMap((file) => cleanArticle(normalizeText(fs.readFileSync(file, "utf8"))).paragraphs.flatMap(splitSentences));
const batches = Array.from({ length: batchCount }, (_, i) => Array.from({ length: batchSize }, (_, j) => sentences[(i * batchSize + j) % sentences.length] ?? ""));

async function timeEach(run: (batch: string[]) => Promise<unknown>): Promise<number[]> {
  await run(batches[0] ?? []); // warm-up: first-call allocations are not per-batch overhead
  const times: number[] = [];
  for (const batch of batches) {
    const start = performance.now();
    await run(batch);
    times.push(performance.now() - start);
  }
  return times;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-engine-"));
try {
  const { modelId, modelsDir } = await buildTinyModel(dir);
  const options: NeuralEngineOptions = { model: modelId, modelsDir, allowRemote: false, dtype: "q8", threads: 1, loadTimeoutMs: 60_000, batchSize };
  const translator = await loadTranslator(options);
  const engine = await createNeuralEngine(options);
  // Interleaving the two would be fairer still, but order effects are small next to the gap measured.
  // The same generation settings the engine uses, so only the wrapping differs.
  const rawCall = (batch: string[]) => {
    const longest = Math.max(...batch.map((t) => translator.tokenizer.encode(t).length));
    return translator(batch, { num_beams: 1, do_sample: false, max_new_tokens: Math.min(512, Math.ceil(longest * 2) + 10) });
  };
  const raw = summarize(await timeEach(rawCall));
  const app = summarize(await timeEach((batch) => translateSentences(engine, batch)));
  const result: Record<string, unknown> = {
    benchmark: "engine",
    model: "tiny (generated)",
    batchSize,
    batches: batchCount,
    engineMsPerBatch: app,
    reference: { name: "raw transformers.js pipeline call", msPerBatch: raw },
    overheadMsPerBatch: round(app.p50 - raw.p50),
    ratio: round(app.p50 / raw.p50, 3),
    neural: await realModelThroughput(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

async function realModelThroughput(): Promise<Record<string, unknown>> {
  const modelsDir = process.env.MODELS_DIR ?? "./models";
  const model = process.env.TRANSLATION_MODEL ?? "Xenova/opus-mt-id-en";
  if (!isModelAvailableLocally(modelsDir, model, "q8")) {
    return { skipped: `${model} is not installed in ${modelsDir} (npm run model:download)` };
  }
  const engine = await createNeuralEngine({ model, modelsDir, allowRemote: false, dtype: "q8", threads: 0, loadTimeoutMs: 300_000, batchSize });
  const sample = sentences.slice(0, 64);
  const start = performance.now();
  await translateSentences(engine, sample);
  const seconds = (performance.now() - start) / 1000;
  return { model, sentences: sample.length, sentencesPerSecond: round(sample.length / seconds, 2) };
}

// npm run bench:beams — what beams 1–4 cost on this CPU, on a model with the real
// opus-mt-id-en's shape (Marian, d_model 512, 6+6 layers, vocabulary 54k; random fp32
// weights, see bench-beams/marian-shape-model.ts) through the real transformers.js
// pipeline. Greedy (1 beam) is the reference measured in the same run. Every run generates
// a fixed number of tokens (1.2 × the source's), since random weights never choose </s>.
//
// Two figures per beam count k: `asShipped` is transformers.js's own num_beams = k (its
// generate() scores k candidates per step but keeps only the best, so the output is the
// greedy one; `sameOutputAsGreedy` checks that), and `realBeamCompute` is greedy decoding of
// k copies of the sentence in one batch: the decoder work a real k-beam search needs.
//   npx tsx --conditions=react-server scripts/bench-beams.ts [--sentences 8] [--max-beams 4]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TranslationPipeline } from "@huggingface/transformers";
import { loadTranslator } from "@/lib/translation/neural-engine";
import { normalizeText } from "@/lib/text/normalize";
import { cleanArticle } from "@/lib/text/clean-article";
import { splitSentences } from "@/lib/text/segment-sentences";
import { OPUS_MT_SHAPE, writeMarianShapeModel } from "./bench-beams/marian-shape-model";
import { harnessSources } from "./crash-harness";

const { values } = parseArgs({ options: { sentences: { type: "string", default: "8" }, "max-beams": { type: "string", default: "4" }, threads: { type: "string", default: "0" } } });
const sentenceCount = Math.max(1, Number(values.sentences));
const maxBeams = Math.max(1, Number(values["max-beams"]));
const MODEL = "selaras-bench/marian-opus-mt-shape";

const sentences = harnessSources()
  .flatMap((file) => cleanArticle(normalizeText(fs.readFileSync(file, "utf8"))).paragraphs.flatMap(splitSentences))
  .filter((s) => s.split(/\s+/).length >= 8)
  .slice(0, sentenceCount);
const words = fs
  .readFileSync("lib/translation/lexicon/id-en.tsv", "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => line.split("\t")[0]!.toLowerCase());

async function generate(translator: TranslationPipeline, text: string, numBeams: number, copies = 1): Promise<{ ms: number; tokens: number; output: string }> {
  const inputTokens = translator.tokenizer.encode(text).length;
  const tokens = Math.ceil(inputTokens * 1.2);
  const start = performance.now();
  const output = (await translator(Array.from({ length: copies }, () => text), {
    num_beams: numBeams,
    do_sample: false,
    max_new_tokens: tokens,
    min_new_tokens: tokens,
  })) as { translation_text: string }[];
  return { ms: performance.now() - start, tokens, output: output[0]?.translation_text ?? "" };
}

async function timeAll(translator: TranslationPipeline, numBeams: number, copies: number) {
  let ms = 0;
  let tokens = 0;
  const outputs: string[] = [];
  for (const sentence of sentences) {
    const run = await generate(translator, sentence, numBeams, copies);
    ms += run.ms;
    tokens += run.tokens;
    outputs.push(run.output);
  }
  return { msPerSentence: Math.round(ms / sentences.length), msPerToken: Math.round((ms / tokens) * 10) / 10, outputs };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-beams-"));
try {
  const buildStart = performance.now();
  const root = await writeMarianShapeModel(dir, MODEL, OPUS_MT_SHAPE, words);
  const buildMs = performance.now() - buildStart;
  const fp32Bytes = ["onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx"].reduce((n, f) => n + fs.statSync(path.join(root, f)).size, 0);
  const translator = await loadTranslator({ model: MODEL, modelsDir: dir, allowRemote: false, dtype: "fp32", threads: Number(values.threads), loadTimeoutMs: 600_000, batchSize: 1 });
  await generate(translator, sentences[0] ?? "", 1); // warm-up
  const greedy = await timeAll(translator, 1, 1);
  const reference = greedy.msPerSentence;
  const relative = (ms: number) => Math.round((ms / reference) * 100) / 100;
  const runs = [];
  for (let k = 1; k <= maxBeams; k++) {
    const shipped = k === 1 ? greedy : await timeAll(translator, k, 1);
    const compute = k === 1 ? greedy : await timeAll(translator, 1, k);
    const same = shipped.outputs.filter((o, i) => o === greedy.outputs[i]).length;
    runs.push({
      numBeams: k,
      asShipped: { msPerSentence: shipped.msPerSentence, msPerToken: shipped.msPerToken, relativeToGreedy: relative(shipped.msPerSentence), sameOutputAsGreedy: `${same}/${sentences.length}` },
      realBeamCompute: { msPerSentence: compute.msPerSentence, relativeToGreedy: relative(compute.msPerSentence) },
    });
  }
  console.log(
    JSON.stringify(
      {
        bench: "beams",
        model: { ...OPUS_MT_SHAPE, weights: "random fp32 (the real model ships q8)", onnxFileBytes: fp32Bytes, buildMs: Math.round(buildMs) },
        cpus: os.cpus().length,
        onnxThreads: Number(values.threads) || "default",
        sentences: sentences.length,
        tokensPerSentence: Math.round(sentences.reduce((n, s) => n + Math.ceil(translator.tokenizer.encode(s).length * 1.2), 0) / sentences.length),
        reference: { numBeams: 1, msPerSentence: reference, msPerToken: greedy.msPerToken },
        runs,
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

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
//   npx tsx --conditions=react-server scripts/bench-beams.ts [--rounds 6] [--max-beams 4]
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

const { values } = parseArgs({ options: { rounds: { type: "string", default: "6" }, "max-beams": { type: "string", default: "4" }, threads: { type: "string", default: "0" } } });
const rounds = Math.max(1, Number(values.rounds));
const maxBeams = Math.max(1, Number(values["max-beams"]));
const MODEL = "selaras-bench/marian-opus-mt-shape";

const sentences = harnessSources()
  .flatMap((file) => cleanArticle(normalizeText(fs.readFileSync(file, "utf8"))).paragraphs.flatMap(splitSentences))
  .filter((s) => s.split(/\s+/).length >= 10 && s.split(/\s+/).length <= 20)
  .slice(0, rounds);
// Vocabulary: the sentences' own words and the lexicon's, so a sentence of n words is about
// n tokens (the real SentencePiece vocabulary gives somewhat more, about 1.3 per word).
const words = [
  ...sentences.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []),
  ...fs
    .readFileSync("lib/translation/lexicon/id-en.tsv", "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split("\t")[0]!.toLowerCase()),
];

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

type Config = { label: string; numBeams: number; copies: number };

/**
 * Paired, interleaved timing: every round runs one sentence under every configuration
 * (in a rotating order), and each figure is the median over rounds of its time divided by
 * greedy's in the same round, so a shared machine's changing load cancels out.
 */
async function measure(translator: TranslationPipeline, configs: Config[], rounds: number) {
  const ratios = new Map(configs.map((c) => [c.label, [] as number[]]));
  const outputs = new Map(configs.map((c) => [c.label, [] as string[]]));
  const greedyMs: number[] = [];
  const raw = new Map(configs.map((c) => [c.label, [] as number[]]));
  const tokenCounts: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const sentence = sentences[round % sentences.length] ?? "";
    const order = configs.map((_, i) => configs[(i + round) % configs.length]!);
    const times = new Map<string, number>();
    for (const config of order) {
      const run = await generate(translator, sentence, config.numBeams, config.copies);
      times.set(config.label, run.ms);
      raw.get(config.label)!.push(run.ms);
      if (config.label === "greedy") tokenCounts.push(run.tokens);
      outputs.get(config.label)!.push(run.output);
    }
    const greedy = times.get("greedy")!;
    greedyMs.push(greedy);
    for (const config of configs) ratios.get(config.label)!.push(times.get(config.label)! / greedy);
  }
  return { ratios, outputs, greedyMs, tokenCounts, raw };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round2 = (value: number) => Math.round(value * 100) / 100;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-beams-"));
try {
  const buildStart = performance.now();
  const root = await writeMarianShapeModel(dir, MODEL, OPUS_MT_SHAPE, words);
  const buildMs = performance.now() - buildStart;
  const fp32Bytes = ["onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx"].reduce((n, f) => n + fs.statSync(path.join(root, f)).size, 0);
  const translator = await loadTranslator({ model: MODEL, modelsDir: dir, allowRemote: false, dtype: "fp32", threads: Number(values.threads), loadTimeoutMs: 600_000, batchSize: 1 });
  await generate(translator, sentences[0] ?? "", 1); // warm-up
  const configs: Config[] = [{ label: "greedy", numBeams: 1, copies: 1 }];
  for (let k = 2; k <= maxBeams; k++) configs.push({ label: `asShipped${k}`, numBeams: k, copies: 1 }, { label: `realBeamCompute${k}`, numBeams: 1, copies: k });
  const { ratios, outputs, greedyMs, tokenCounts, raw } = await measure(translator, configs, rounds);
  const msMedian = (label: string) => Math.round(median(raw.get(label)!));
  const greedyOut = outputs.get("greedy")!;
  const runs = [];
  for (let k = 2; k <= maxBeams; k++) {
    const shipped = outputs.get(`asShipped${k}`)!;
    runs.push({
      numBeams: k,
      asShippedRelativeToGreedy: round2(median(ratios.get(`asShipped${k}`)!)),
      asShippedMsPerSentenceMedian: msMedian(`asShipped${k}`),
      asShippedSameOutputAsGreedy: `${shipped.filter((o, i) => o === greedyOut[i]).length}/${shipped.length}`,
      realBeamComputeRelativeToGreedy: round2(median(ratios.get(`realBeamCompute${k}`)!)),
      realBeamComputeMsPerSentenceMedian: msMedian(`realBeamCompute${k}`),
    });
  }
  const tokens = tokenCounts.reduce((a, b) => a + b, 0);
  const totalGreedy = greedyMs.reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify(
      {
        bench: "beams",
        model: { ...OPUS_MT_SHAPE, weights: "random fp32 (the real model ships q8)", onnxFileBytes: fp32Bytes, buildMs: Math.round(buildMs) },
        cpus: os.cpus().length,
        onnxThreads: Number(values.threads) || "default",
        rounds,
        generatedTokensPerSentence: Math.round(tokens / rounds),
        reference: { numBeams: 1, msPerSentenceMedian: Math.round(median(greedyMs)), msPerToken: Math.round((totalGreedy / tokens) * 10) / 10 },
        runs,
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Throughput of the text pipeline (normalise → clean → split sentences) over the project
// fixtures and, when present, the shared corpus; then single-paragraph inputs of 100 KB to
// 2 MB, where splitting must stay linear. Prints one JSON object; no assertions.
// The reference, measured in the same run on the same input, is a plain regular-expression
// split at terminators: the cheapest linear pass over the text.
// Usage: npx tsx scripts/bench-segmentation.ts [minimum seconds, default 2]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../lib/text/clean-article";
import { normalizeText } from "../lib/text/normalize";
import { splitSentences } from "../lib/text/segment-sentences";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourceDirs = [path.join(root, "lib/text/fixtures"), path.resolve(root, "../shared/corpus")];

function readSources(): string[] {
  return sourceDirs
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(dir, f), "utf8")));
}

function segmentAll(texts: readonly string[]): { sentences: number; chars: number } {
  let sentences = 0;
  let chars = 0;
  for (const text of texts) {
    for (const paragraph of cleanArticle(normalizeText(text)).paragraphs) {
      sentences += splitSentences(paragraph).length;
      chars += paragraph.length;
    }
  }
  return { sentences, chars };
}

function millis(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** One paragraph of `bytes` characters: the corpus with its line breaks folded into spaces. */
function singleParagraph(texts: readonly string[], bytes: number): string {
  const unit = texts.join(" ").replace(/\s+/gu, " ");
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const minSeconds = Number(process.argv[2] ?? 2);
const texts = readSources();
segmentAll(texts); // warm-up: first ICU segmenter construction is not steady-state speed
let runs = 0;
let sentences = 0;
let chars = 0;
const started = process.hrtime.bigint();
let elapsed = 0;
do {
  const result = segmentAll(texts);
  runs++;
  sentences += result.sentences;
  chars += result.chars;
  elapsed = Number(process.hrtime.bigint() - started) / 1e9;
} while (elapsed < minSeconds);

const longParagraphs = [100, 250, 500, 1000, 2000].map((kilobytes) => {
  const text = singleParagraph(texts, kilobytes * 1024);
  let count = 0;
  const ms = millis(() => (count = splitSentences(text).length));
  const referenceMs = millis(() => text.split(/(?<=[.!?…])\s+/u).length);
  return { kilobytes, sentences: count, ms: Math.round(ms), msPerMegabyte: Math.round((ms / kilobytes) * 1024), referenceMs: Math.round(referenceMs * 10) / 10 };
});
const first = longParagraphs[0];
const last = longParagraphs.at(-1);

console.log(
  JSON.stringify({
    sentencesPerSecond: Math.round(sentences / elapsed),
    charsPerSecond: Math.round(chars / elapsed),
    sentences: sentences / runs,
    runs,
    singleParagraph: longParagraphs,
    // 1.0 is perfectly linear; a quadratic splitter gives about 20 from 100 KB to 2 MB.
    growthPerByte: first && last ? Math.round((last.ms / last.kilobytes / (first.ms / first.kilobytes)) * 100) / 100 : null,
    reference: "regex split at terminators, same input, same run",
  }),
);

// Throughput of the text pipeline (normalise → clean → split sentences) over the project
// fixtures and, when present, the shared corpus. Prints one JSON object; no assertions.
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

console.log(
  JSON.stringify({
    sentencesPerSecond: Math.round(sentences / elapsed),
    charsPerSecond: Math.round(chars / elapsed),
    sentences: sentences / runs,
    runs,
  }),
);

// The shared sample corpus sits beside the checkout (../shared/corpus). Tests that
// use it skip with a message when it is absent, e.g. in a lone clone.
import fs from "node:fs";
import path from "node:path";

export const CORPUS_DIR = path.resolve(__dirname, "../..", "../shared/corpus");

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}

export const corpusMissingMessage = `sample corpus not found at ${CORPUS_DIR}: corpus tests skipped`;

// Loads the committed lexicon once per process. Not marked "server-only" on purpose: the CLI
// and worker import it under plain tsx, where that marker throws; node:fs already keeps it
// out of any browser bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLexicon, parseLexiconTsv } from "./lexicon";
import type { Lexicon } from "./lexicon";

/** The committed data file, resolved from the project root (where next, vitest and the CLI run). */
export const LEXICON_PATH = path.join(process.cwd(), "lib", "translation", "lexicon", "id-en.tsv");

const globalForLexicon = globalThis as unknown as { selarasDraftLexicon?: Map<string, Lexicon> };

export function loadLexicon(filePath: string = LEXICON_PATH): Lexicon {
  const cache = (globalForLexicon.selarasDraftLexicon ??= new Map());
  const cached = cache.get(filePath);
  if (cached) return cached;
  const lexicon = createLexicon(parseLexiconTsv(readFileSync(/* turbopackIgnore: true */ filePath, "utf8")));
  cache.set(filePath, lexicon);
  return lexicon;
}

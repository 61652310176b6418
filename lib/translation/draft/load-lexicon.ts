// Loads the committed lexicon once per process. Not marked "server-only" on purpose: the CLI
// and worker import it under plain tsx, where that marker throws; node:fs already keeps it
// out of any browser bundle.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLexicon, parseLexiconTsv, parseReviewedTsv } from "./lexicon";
import type { Lexicon } from "./lexicon";

const LEXICON_DIR = path.join(process.cwd(), "lib", "translation", "lexicon");
/** The generated FreeDict inversion, resolved from the project root (where next, vitest and the CLI run). */
export const LEXICON_PATH = path.join(LEXICON_DIR, "id-en.tsv");
/** The hand-reviewed news forms, kept apart from the generated file so a rebuild never touches them. */
export const REVIEWED_PATH = path.join(LEXICON_DIR, "reviewed", "id-en.tsv");

const globalForLexicon = globalThis as unknown as { selarasDraftLexicon?: Map<string, Lexicon> };

const read = (file: string): string => readFileSync(/* turbopackIgnore: true */ file, "utf8");

export function loadLexicon(filePath: string = LEXICON_PATH, reviewedPath: string = REVIEWED_PATH): Lexicon {
  const cache = (globalForLexicon.selarasDraftLexicon ??= new Map());
  const cacheKey = `${filePath}\n${reviewedPath}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const reviewed = existsSync(reviewedPath) ? parseReviewedTsv(read(reviewedPath)) : [];
  const lexicon = createLexicon(parseLexiconTsv(read(filePath)), reviewed);
  cache.set(cacheKey, lexicon);
  return lexicon;
}

// The learner's dictionary, built once per process from the draft engine's own word lists
// (one source of truth): the generated dictionary with its alternatives, the hand tables,
// and the reviewed news forms, whose senses come first and whose roots are trusted.
// Not "server-only": the benchmark loads it under plain tsx; node:fs keeps it off the browser.
import { existsSync, readFileSync } from "node:fs";
import { LEXICON_PATH, REVIEWED_PATH } from "@/lib/translation/draft/load-lexicon";
import { parseLexiconSenses, parseReviewedTsv } from "@/lib/translation/draft/lexicon";
import { COMMON_WORDS } from "@/lib/translation/draft/common-words";
import { FUNCTION_WORDS } from "@/lib/translation/draft/function-words";
import type { WordDictionary } from "@/lib/text/words/analyse-word";

const globalForDictionary = globalThis as unknown as { selarasWordDictionary?: WordDictionary };

function addSenses(senses: Map<string, string[]>, word: string, glosses: readonly string[], first: boolean): void {
  const key = word.toLowerCase();
  if (key.includes(" ")) return;
  const current = senses.get(key) ?? [];
  const clean = glosses.map((g) => g.trim()).filter((g) => g !== "");
  const merged = first ? [...clean, ...current] : [...current, ...clean];
  senses.set(key, [...new Set(merged)]);
}

export function buildWordDictionary(lexiconTsv: string, reviewedTsv: string): WordDictionary {
  const senses = new Map<string, string[]>();
  const roots = new Map<string, string>();
  for (const entry of parseLexiconSenses(lexiconTsv)) addSenses(senses, entry.indonesian, entry.senses, false);
  for (const [word, gloss] of Object.entries(COMMON_WORDS)) addSenses(senses, word, [gloss], true);
  for (const [word, gloss] of Object.entries(FUNCTION_WORDS)) addSenses(senses, word, [gloss], true);
  for (const entry of parseReviewedTsv(reviewedTsv)) {
    if (entry.form.includes(" ")) continue;
    addSenses(senses, entry.form, entry.senses, true);
    roots.set(entry.form.toLowerCase(), entry.root.toLowerCase());
  }
  return { senses, roots };
}

export function loadWordDictionary(): WordDictionary {
  if (globalForDictionary.selarasWordDictionary) return globalForDictionary.selarasWordDictionary;
  const read = (file: string) => (existsSync(file) ? readFileSync(/* turbopackIgnore: true */ file, "utf8") : "");
  return (globalForDictionary.selarasWordDictionary = buildWordDictionary(read(LEXICON_PATH), read(REVIEWED_PATH)));
}

import "server-only";
// GET /api/dictionary: one word's root, affixes and senses, and its glossary entry when it
// is a name. The dictionary is in memory (loaded once), so the only I/O is one indexed
// lookup of the glossary key.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { entityKey } from "@/lib/text/entities/entity-key";
import { analyseWord } from "@/lib/text/words/analyse-word";
import { wordParam } from "./word-param";
import { loadWordDictionary } from "./load-word-dictionary";
import type { DictionaryEntry } from "./types";

export function parseWord(raw: string | null): string {
  const parsed = wordParam.safeParse(raw ?? "");
  if (!parsed.success) throw new AppError("invalid-input", parsed.error.issues[0]?.message ?? "Not a word.");
  return parsed.data;
}

export async function lookUpWord(word: string): Promise<DictionaryEntry> {
  const analysis = analyseWord(word, loadWordDictionary());
  const name = await db.glossaryEntry.findUnique({ where: { key: entityKey(word) }, select: { id: true, source: true, target: true, type: true } });
  return {
    word: analysis.word,
    root: analysis.root,
    affixes: analysis.affixes,
    spelled: analysis.spelled,
    senses: analysis.senses,
    known: analysis.known || name !== null,
    ...(name ? { entry: name } : {}),
  };
}

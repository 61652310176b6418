// Runs an engine over sentences, sending over-long ones in clause-sized pieces (the
// model truncates past its token limit) and joining each sentence's pieces again so
// the reader still shows one segment per sentence.
import { splitAtClauses } from "@/lib/text/split-clauses";
import { MAX_MODEL_CHARS } from "@/lib/limits";
import type { TranslationEngine } from "./engine";

export async function translateSentences(engine: TranslationEngine, sentences: readonly string[]): Promise<string[]> {
  const pieces = sentences.map((s) => (s.length > MAX_MODEL_CHARS ? splitAtClauses(s, MAX_MODEL_CHARS) : [s]));
  const flat = pieces.flat();
  const translated = await engine.translate(flat);
  if (translated.length !== flat.length) {
    throw new Error(`Engine ${engine.id} returned ${translated.length} translations for ${flat.length} inputs`);
  }
  let next = 0;
  return pieces.map((group) => {
    const joined = translated.slice(next, next + group.length).map((t) => t.trim());
    next += group.length;
    return joined.filter(Boolean).join(" ");
  });
}

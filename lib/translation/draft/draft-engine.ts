// The offline fallback engine: word-by-word glosses from the committed lexicon. Its id
// starts with "draft:" so the worker can redo these segments once the neural model loads.
import type { TranslationEngine } from "../engine";
import { glossSentence } from "./gloss-sentence";
import { loadLexicon } from "./load-lexicon";
import type { Lexicon } from "./lexicon";

export const DRAFT_ENGINE_ID = "draft:lexicon";

export function createDraftEngine(): TranslationEngine {
  // Loaded on first use, not on creation, so choosing the engine costs nothing.
  let lexicon: Lexicon | undefined;
  return {
    id: DRAFT_ENGINE_ID,
    kind: "draft",
    async translate(sentences) {
      lexicon ??= loadLexicon();
      const loaded = lexicon;
      return sentences.map((sentence) => glossSentence(sentence, loaded));
    },
  };
}

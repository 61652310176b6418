// Entry point: the entity mentions of one document, one array per sentence. The whole
// document is needed at once because a bare surname or a headline word is only understood
// from the rest of the text.
import { buildContext } from "./document-context";
import { detectSentence } from "./detect-sentence";
import { linkDocument } from "./link-mentions";
import { toMatch } from "./mention";
import type { EntityMatch, SentenceInput } from "./types";

export function findEntities(sentences: readonly SentenceInput[]): EntityMatch[][] {
  const context = buildContext(sentences);
  const mentions = context.sentences.map((sentence) => detectSentence(sentence, context));
  linkDocument(
    mentions,
    sentences.map((s) => s.text),
  );
  return mentions.map((list) => list.map(toMatch));
}

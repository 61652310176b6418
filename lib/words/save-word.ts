import "server-only";
// POST /api/words: keep a word for its owner. The root and the first gloss come from the
// dictionary, and the sentence pair and article title are copied from the segment, so the
// card survives later edits. Saving a word twice keeps one entry (unique per user and word):
// the second save answers the first, unchanged.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadWordDictionary } from "@/lib/dictionary/load-word-dictionary";
import { analyseWord } from "@/lib/text/words/analyse-word";
import { reshapeSavedWord } from "./reshape-saved-word";
import type { SaveWordInput, SavedWordView } from "./types";

async function sentenceOf(segmentId: string | undefined) {
  if (!segmentId) return null;
  const segment = await db.segment.findFirst({
    where: { id: segmentId, document: { deletedAt: null } },
    select: { id: true, source: true, target: true, documentId: true, document: { select: { title: true } } },
  });
  if (!segment) throw new AppError("not-found", "That sentence does not exist (any more).");
  return segment;
}

export async function saveWord(userId: string, input: SaveWordInput): Promise<{ word: SavedWordView; created: boolean }> {
  const word = input.word.normalize("NFC").toLowerCase();
  const existing = await db.savedWord.findUnique({ where: { userId_word: { userId, word } } });
  if (existing) return { word: reshapeSavedWord(existing), created: false };
  const segment = await sentenceOf(input.segmentId);
  const analysis = analyseWord(word, loadWordDictionary());
  const data = {
    userId,
    word,
    root: analysis.root,
    status: input.status ?? "new",
    gloss: analysis.senses.slice(0, 3).map((s) => s.gloss).join("; "),
    segmentId: segment?.id ?? null,
    documentId: segment?.documentId ?? null,
    documentTitle: segment?.document.title ?? input.documentTitle ?? "",
    source: segment?.source ?? input.source ?? "",
    target: segment?.target ?? input.target ?? "",
  };
  // Two saves at once: the loser of the unique index reads the winner's row.
  const row = await db.savedWord.upsert({ where: { userId_word: { userId, word } }, create: data, update: {} });
  return { word: reshapeSavedWord(row), created: true };
}

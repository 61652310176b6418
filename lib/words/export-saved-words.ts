import "server-only";
// GET /api/words/export: my words as an Anki text file or as CSV, UTF-8, each card linking
// back to the sentence it was saved from.
import { ankiFile, wordsCsv, type WordCard } from "@/lib/text/words/anki";
import { listSavedWords } from "./list-saved-words";
import type { SavedWordView } from "./types";

export type WordExportFormat = "anki" | "csv";

export function wordCard(word: SavedWordView, origin: string): WordCard {
  const link = word.documentId ? `${origin}/documents/${encodeURIComponent(word.documentId)}${word.segmentId ? `#segment-${encodeURIComponent(word.segmentId)}` : ""}` : "";
  return { word: word.word, root: word.root, source: word.source, target: word.target, gloss: word.gloss, link, status: word.status, documentTitle: word.documentTitle };
}

export async function exportSavedWords(userId: string, format: WordExportFormat, origin: string): Promise<{ body: string; filename: string; contentType: string }> {
  const cards = (await listSavedWords(userId, { sort: "oldest" })).map((word) => wordCard(word, origin));
  return format === "anki"
    ? { body: ankiFile(cards), filename: "selaras-words-anki.txt", contentType: "text/plain; charset=utf-8" }
    : { body: wordsCsv(cards), filename: "selaras-words.csv", contentType: "text/csv; charset=utf-8" };
}

import type { SavedWord } from "@/lib/generated/prisma/client";
import type { SavedWordView } from "./types";

export function reshapeSavedWord(row: SavedWord): SavedWordView {
  return {
    id: row.id,
    word: row.word,
    root: row.root,
    status: row.status,
    segmentId: row.segmentId,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    source: row.source,
    target: row.target,
    gloss: row.gloss,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

import "server-only";
// GET /api/words: my saved words, searched (word, root, gloss or sentence) and sorted.
import { z } from "zod";
import { db } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import { reshapeSavedWord } from "./reshape-saved-word";
import { WORD_STATUSES, type SavedWordView } from "./types";

export const WORD_SORTS = ["newest", "oldest", "word", "status"] as const;
export const listWordsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  sort: z.enum(WORD_SORTS).catch("newest").default("newest"),
  status: z.enum(WORD_STATUSES).optional().catch(undefined),
});
export type ListWordsQuery = z.infer<typeof listWordsQuery>;

const ORDER = {
  newest: [{ createdAt: "desc" }, { word: "asc" }],
  oldest: [{ createdAt: "asc" }, { word: "asc" }],
  word: [{ word: "asc" }],
  status: [{ status: "asc" }, { word: "asc" }],
} as const;

/** Every word of one person; a learner's list stays small (hundreds), so no paging. */
export async function listSavedWords(userId: string, query: ListWordsQuery = { sort: "newest" }): Promise<SavedWordView[]> {
  const q = query.q?.toLowerCase();
  const rows = await db.savedWord.findMany({
    where: {
      userId,
      ...(query.status ? { status: query.status } : {}),
      // Any ASCII case, on both providers alike (lib/db/queries/*/text-contains.ts).
      ...(q ? await dialect().savedWordsContaining(userId, q) : {}),
    },
    orderBy: [...ORDER[query.sort]],
  });
  return rows.map(reshapeSavedWord);
}

// Saved words as the API, the /words page and the exports see them.
import { z } from "zod";
import { wordParam } from "@/lib/dictionary/word-param";

export const WORD_STATUSES = ["new", "learning", "known"] as const;
export type WordStatusName = (typeof WORD_STATUSES)[number];

export type SavedWordView = {
  id: string;
  word: string;
  root: string;
  status: WordStatusName;
  segmentId: string | null;
  documentId: string | null;
  documentTitle: string;
  source: string;
  target: string;
  gloss: string;
  createdAt: string;
  updatedAt: string;
};

const TEXT_LIMIT = 5_000;

/** POST /api/words: the word, and where it was met (the sentence is copied server-side when segmentId is given). */
export const saveWordBody = z.object({
  word: wordParam,
  segmentId: z.string().min(1).max(100).optional(),
  status: z.enum(WORD_STATUSES).optional(),
  // A visitor's words carried over from the browser have no segment to copy from.
  source: z.string().max(TEXT_LIMIT).optional(),
  target: z.string().max(TEXT_LIMIT).optional(),
  documentTitle: z.string().max(500).optional(),
});
export type SaveWordInput = z.infer<typeof saveWordBody>;

export const updateWordBody = z.object({ status: z.enum(WORD_STATUSES) });

// The one definition of "a word" at the API's edge: letters with inner hyphens or
// apostrophes, as the reader offers them; no numbers, punctuation or addresses.
import { z } from "zod";
import { wordAt } from "@/lib/text/words/word-at";

export const MAX_WORD_LENGTH = 64;

export const wordParam = z
  .string()
  .trim()
  .min(1, "Give a word to look up.")
  .max(MAX_WORD_LENGTH, `A word is at most ${MAX_WORD_LENGTH} characters.`)
  .refine((word) => word.isWellFormed() && wordAt(word.toLowerCase(), 0)?.word === word.toLowerCase(), "Only a single word can be looked up (no numbers, punctuation or addresses).");

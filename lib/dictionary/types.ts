// The dictionary's shapes, as the API and the reader's word popover see them.
import type { Affix } from "@/lib/text/words/analyse-word";

export type DictionaryEntry = {
  word: string;
  root: string;
  affixes: Affix[];
  /** "di-kirim-kan": the word cut at its affixes. */
  spelled: string;
  /** Most likely first; `of` says whether the sense is the word's own or its root's. */
  senses: { gloss: string; of: "word" | "root" }[];
  known: boolean;
  /** Present when the word is a glossary name: the name's entry instead of a dictionary sense. */
  entry?: { id: string; source: string; target: string | null; type: string };
};

export type WordExample = { segmentId: string; documentId: string; documentTitle: string; source: string; target: string | null };

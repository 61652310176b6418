import "server-only";
// Other sentences with the same root as a word, with their translations: the popover shows
// five, the concordance page more. Hits from the index are checked word by word against the
// analyser, so "kiriman" finds "dikirimkan" but never an unrelated word that looks alike.
import { dialect } from "@/lib/db/queries/dialect";
import { analyseWord } from "@/lib/text/words/analyse-word";
import { rootForms } from "@/lib/text/words/root-forms";
import { wordSpans } from "@/lib/text/words/word-at";
import { loadWordDictionary } from "./load-word-dictionary";
import type { WordExample } from "./types";

export const MAX_EXAMPLES = 200;

export async function findWordExamples(word: string, options: { limit: number; excludeSegmentId?: string }): Promise<{ root: string; examples: WordExample[] }> {
  const dictionary = loadWordDictionary();
  const root = analyseWord(word, dictionary).root;
  const rows = await dialect().rootConcordance(rootForms(root), Math.min(options.limit, MAX_EXAMPLES) * 3 + 1);
  const examples = rows.filter(
    (row) => row.segmentId !== options.excludeSegmentId && wordSpans(row.source).some((span) => analyseWord(span.word, dictionary).root === root),
  );
  return { root, examples: examples.slice(0, options.limit) };
}

// The sentence aligner's anchor dictionary, from the project's own word lists: the draft
// engine's lexicon (every reviewed sense, not only the first) plus the glossary's renderings,
// which callers pass in. Not "server-only": the CLI and the benchmark load it under plain tsx.
import { readFileSync, existsSync } from "node:fs";
import { buildAlignDictionary, type AlignDictionary } from "../text/align/anchors";
import { LEXICON_PATH, REVIEWED_PATH, loadLexicon } from "./draft/load-lexicon";
import { parseReviewedTsv } from "./draft/lexicon";

export type GlossaryRendering = { term: string; rendering: string };

let cached: [string, string][] | null = null;
// Building the dictionary costs about 100 ms; without glossary renderings it is the same every time.
let lexiconOnly: AlignDictionary | null = null;

function lexiconGlosses(): [string, string][] {
  if (cached) return cached;
  const lexicon = loadLexicon(LEXICON_PATH, REVIEWED_PATH);
  const glosses: [string, string][] = [...lexicon.words, ...lexicon.functionWords];
  if (existsSync(REVIEWED_PATH)) {
    for (const entry of parseReviewedTsv(readFileSync(REVIEWED_PATH, "utf8"))) for (const sense of entry.senses) glosses.push([entry.form, sense]);
  }
  return (cached = glosses);
}

export function loadAlignDictionary(glossary: readonly GlossaryRendering[] = []): AlignDictionary {
  if (glossary.length === 0) return (lexiconOnly ??= buildAlignDictionary(lexiconGlosses()));
  return buildAlignDictionary([...lexiconGlosses(), ...glossary.map((g): [string, string] => [g.term, g.rendering])]);
}

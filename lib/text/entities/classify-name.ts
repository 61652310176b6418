// Types an unknown name from the words around it. Evidence ranks the clues so that one strong
// clue anywhere in the document (a title, "wilayah") types every mention of that name.
import type { SentenceTokens } from "./document-context";
import { foldWord, isAcronym } from "./fold";
import type { NameRun } from "./name-runs";
import { isCamelCase } from "./tokenise";
import type { EntityType } from "./types";
import { ORGANISATION_CUES, PERSON_CUES, PLACE_CUES } from "./word-lists";

export type Typed = { type: EntityType; evidence: number };

export const EVIDENCE = { gazetteer: 4, title: 3, head: 3, cue: 2, shape: 1, none: 0 } as const;

/**
 * `leads` is true when only gazetteer places or bodies precede the name inside its run
 * ("Presiden [Rusia] Vladimir Putin"), so words before the run still describe it.
 */
export function classifyName(
  words: readonly string[],
  run: NameRun,
  leads: boolean,
  sentence: SentenceTokens,
  titles: readonly NameRun[],
): Typed {
  const only = words[0];
  if (words.length === 1 && only && (isAcronym(only) || isCamelCase(only))) return { type: "organisation", evidence: EVIDENCE.shape };
  if (leads && followsTitle(run.first, sentence, titles)) return { type: "person", evidence: EVIDENCE.title };
  const before = leads ? sentence.tokens[run.first - 1] : undefined;
  const cue = before && /^[ \t]+$/u.test(sentence.tokens[run.first]?.gap ?? "") ? foldWord(before.text) : "";
  if (PLACE_CUES.has(cue)) return { type: "place", evidence: EVIDENCE.cue };
  if (ORGANISATION_CUES.has(cue)) return { type: "organisation", evidence: EVIDENCE.cue };
  if (PERSON_CUES.has(cue)) return { type: "person", evidence: EVIDENCE.cue };
  if (words.length > 1) return { type: "person", evidence: EVIDENCE.shape };
  return { type: "other", evidence: EVIDENCE.none };
}

/** A title right before the run, or one lower-case word before it ("Juru bicara kementerian Koo"). */
function followsTitle(first: number, { tokens }: SentenceTokens, titles: readonly NameRun[]): boolean {
  const spaced = (i: number) => /^[ \t]+$/u.test(tokens[i]?.gap ?? "");
  // "Tn. Budi", "Ny. Siti": an abbreviated title keeps its full stop.
  const afterTitle = (i: number) => /^\.?[ \t]+$/u.test(tokens[i]?.gap ?? "");
  if (!afterTitle(first)) return false;
  return titles.some((title) => {
    if (title.last === first - 1) return true;
    if (!spaced(first)) return false;
    const between = tokens[first - 1];
    return title.last === first - 2 && spaced(first - 1) && between !== undefined && /^\p{Ll}/u.test(between.text);
  });
}

// Applies the local fluency rules of fluency.ts to a sentence's glossed tokens, left to right.
import { DEMONSTRATIVES, hasDeterminer, isNounShaped, POSSESSORS, PREPOSITIONS, QUANTIFIERS } from "./fluency";
import { pluralise } from "./gloss-word";
import type { Token } from "./tokenize";

/** A token after glossing: `source` is the lower-cased Indonesian word, `common` marks an ordinary content word. */
export type GlossedToken = Token & { source?: string; common?: boolean };

/** N + ini/itu/tersebut → "this/the N"; "the" after a preposition before a common noun. */
export function applyFluency(out: GlossedToken[]): GlossedToken[] {
  // Numbers stay in the sequence so that "dalam 2-3 minggu" is not read as "dalam minggu".
  const words = out.map((t, index) => ({ t, index })).filter(({ t }) => (t.kind === "word" && t.text !== "") || t.kind === "number");
  for (let w = 1; w < words.length; w++) {
    const current = words[w];
    const previous = words[w - 1];
    if (!current || !previous) continue;
    const demonstrative = current.t.source ? DEMONSTRATIVES[current.t.source] : undefined;
    if (demonstrative && previous.t.common && !hasDeterminer(previous.t.text) && previous.index === current.index - 2) {
      out[previous.index] = { ...previous.t, text: `${demonstrative} ${previous.t.text}`, common: false };
      out[current.index] = { ...current.t, text: "" };
      continue;
    }
    const next = words[w + 1];
    const owner = current.t.source ? POSSESSORS[current.t.source] : undefined;
    if (owner && previous.t.common && isNounShaped(previous.t) && !hasDeterminer(previous.t.text) && previous.index === current.index - 2) {
      out[previous.index] = { ...previous.t, text: `${owner} ${previous.t.text}`, common: false };
      out[current.index] = { ...current.t, text: "" };
      continue;
    }
    const countsMany = QUANTIFIERS.has(previous.t.source ?? "") || (previous.t.kind === "number" && !/^0*1$/.test(previous.t.text) && /^\d/.test(previous.t.text));
    if (countsMany && current.t.common && /^\p{Ll}+$/u.test(current.t.text)) {
      out[current.index] = { ...current.t, text: pluralise(current.t.text) };
    }
    // "untuk melihat" is "to see": before a verb, a preposition takes no article.
    if (previous.t.source === "untuk" && current.t.common && !isNounShaped(current.t)) {
      out[previous.index] = { ...previous.t, text: previous.t.text.replace(/^for$/i, (m) => (m === "For" ? "To" : "to")) };
    }
    if (PREPOSITIONS.has(previous.t.source ?? "") && current.t.common && isNounShaped(current.t) && !hasDeterminer(current.t.text)) {
      // Only before a noun phrase that a demonstrative does not already determine.
      const nextIsDemonstrative = next?.t.source !== undefined && DEMONSTRATIVES[next.t.source] !== undefined;
      if (!nextIsDemonstrative) out[current.index] = { ...current.t, text: `the ${current.t.text}` };
    }
  }
  return out;
}

// Pasted articles usually start with their headline. Taking it as the title (instead of a
// paragraph) keeps it out of the sentence list, where it would be translated twice.
import { isLoneDateline, splitLeadTag } from "./extract-dateline";

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;

/** Short, not a dateline or tagged lead, and no sentence-final full stop. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).filter(Boolean).length;
  if (words < 2 || words > MAX_TITLE_WORDS || text.length > MAX_TITLE_CHARS) return false;
  if (isLoneDateline(text) || splitLeadTag(text) !== null) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  // Closing quotes and brackets do not hide a full stop: `… "sulit."` is a sentence.
  const ending = text.replace(/["'”’)\]]+$/u, "");
  return !/[.,;:]$/u.test(ending) || /\.\.\.$|…$/u.test(ending);
}

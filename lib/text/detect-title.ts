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

export type TitleChoice = {
  title: string;
  /** False when the title is only a label: its text stays a body sentence and is translated there. */
  ownSegment: boolean;
  /** The first paragraph's sentences, without the one the title was taken from (may be empty). */
  firstParagraph: string[];
};

const fold = (text: string): string => text.replace(/\s+/gu, " ").trim();

/**
 * The title of an article, given the one the person typed or the headline found on the
 * first line (`found`), the first paragraph's sentences and whether more paragraphs
 * follow. Without a headline the whole first sentence becomes the title and leaves the
 * body, so it is never cut short, translated on its own *and* again as paragraph 1. A
 * title that is a copy of the first sentence leaves the body too. When taking it would
 * leave nothing to translate, or it is longer than a title may be, the title is only a
 * label and no title segment exists.
 */
export function chooseTitle(found: string | null, firstParagraph: readonly string[], moreParagraphs: boolean, maxChars: number): TitleChoice {
  const [lead, ...rest] = firstParagraph;
  const whole = [...firstParagraph];
  const title = found ?? lead ?? "";
  const isLead = lead !== undefined && fold(lead) === fold(title);
  // An over-long first sentence was stored as a shortened label (restores prepare again).
  if (lead !== undefined && !isLead && lead.length > maxChars && title === labelOf(lead, maxChars)) {
    return { title, ownSegment: false, firstParagraph: whole };
  }
  if (!isLead) return { title: title.slice(0, maxChars), ownSegment: title !== "", firstParagraph: whole };
  if ((rest.length > 0 || moreParagraphs) && title.length <= maxChars) return { title, ownSegment: true, firstParagraph: rest };
  return { title: labelOf(title, maxChars), ownSegment: false, firstParagraph: whole };
}

/** A label for lists and the browser tab; only an over-long first sentence is shortened. */
function labelOf(sentence: string, maxChars: number): string {
  if (sentence.length <= maxChars) return sentence;
  const cut = sentence.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxChars / 2))}…`;
}

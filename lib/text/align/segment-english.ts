// English sentence segmentation: ICU's boundaries (Intl.Segmenter "en"), with the splits ICU
// makes after English abbreviations undone. V8's ICU ignores the "ss=standard" suppression
// extension, so "Mr. Smith" and "Jan. 5" arrive split and are re-joined here.
import { splitParagraphs } from "../split-paragraphs";

/** Titles: never end a sentence. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "rev", "hon", "mt", "ft", "vs", "etc", "e.g", "i.e", "cf", "approx", "dept", "inc", "ltd", "co", "corp"]);
/** End a sentence only when no number follows: "Jan. 5", "No. 3", "p. 12". */
const BEFORE_NUMBER = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "p", "pp", "vol", "art", "fig"]);
/** Words that usually open a new sentence after "U.S." or an initial. */
const SENTENCE_OPENERS = new Set(["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "in", "on", "at", "but", "and", "or", "so", "there", "his", "her", "its", "their", "our", "if", "when", "after", "before", "as", "for", "meanwhile", "however"]);

/** Whether the next piece continues the same sentence. */
function continues(piece: string, next: string): boolean {
  const nextWord = /^\s*["“']?([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "";
  // A lower-case word never opens a sentence: "“Is it over?” she asked."
  if (/^\p{Ll}/u.test(nextWord)) return true;
  const word = /(?:^|[\s("“'])((?:\p{L}\.)+\p{L}?|\p{L}+)\.\s*$/u.exec(piece)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\p{N}/u.test(nextWord);
  // Initialisms and single initials ("U.S.", "J."): joined unless the next word opens a sentence.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5) return !SENTENCE_OPENERS.has(nextWord.toLowerCase()) && !/^\p{N}/u.test(nextWord);
  return false;
}

let segmenter: Intl.Segmenter | null = null;

/** The sentences of one English paragraph, trimmed. */
export function splitEnglishSentences(paragraph: string): string[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  const sentences: string[] = [];
  let current = "";
  for (const { segment } of segmenter.segment(paragraph)) {
    if (current !== "" && !continues(current, segment) && /[\p{L}\p{N}]/u.test(segment)) {
      sentences.push(current);
      current = "";
    }
    current += segment;
  }
  if (current !== "") sentences.push(current);
  return sentences.map((s) => s.trim()).filter((s) => s !== "");
}

/** An English text's paragraphs, each a list of sentences. */
export function segmentEnglish(text: string): string[][] {
  return splitParagraphs(text).map(splitEnglishSentences).filter((p) => p.length > 0);
}

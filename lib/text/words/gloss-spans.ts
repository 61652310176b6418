// Which English words most likely render an Indonesian word, by the dictionary alone: each
// sense (most likely first) is cut into content words, and an English word matches when
// both stem alike (stemEnglish, as the sentence aligner does) or share all but their last
// letter past four letters (send/sent, buy/bought does not: a lexicon cannot know it).
// The first sense with any match wins, so "kirim" lights "sent", not every "the".
import { stemEnglish } from "../align/anchors";

export type TextSpan = { start: number; end: number };

const STOP = new Set(["the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "is", "be", "by", "with", "as", "that", "this", "it", "one", "do", "make", "get", "have"]);
const ENGLISH_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

function keysOf(sense: string): string[] {
  return (sense.toLowerCase().match(ENGLISH_WORD) ?? []).filter((w) => !STOP.has(w) && w.length > 1).map(stemEnglish);
}

function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 4 && short.length === long.length && short.slice(0, -1) === long.slice(0, -1);
}

export function glossSpans(english: string, senses: readonly string[]): TextSpan[] {
  const words = [...english.matchAll(ENGLISH_WORD)].map((m) => ({ key: stemEnglish(m[0]), start: m.index, end: m.index + m[0].length }));
  for (const sense of senses) {
    const keys = keysOf(sense);
    const hits = words.filter((w) => !STOP.has(w.key) && keys.some((k) => alike(k, w.key)));
    if (hits.length > 0) return hits.map(({ start, end }) => ({ start, end }));
  }
  return [];
}

// Finding a rendering inside a translation. Spacing and hyphens are flexible ("Kim Jong-un"
// matches "Kim Jong Un"), later words may change case, and English inflection after a name
// is allowed ("North Korean", "Russia's") so an adjective still counts as the rendering.
import { entryByKey } from "./gazetteer";

export type Found = { start: number; end: number; text: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function wordPattern(word: string, index: number): string {
  const first = word[0] ?? "";
  if (index === 0 || !/\p{L}/u.test(first)) return escape(word);
  return `[${first.toLowerCase()}${first.toUpperCase()}]${escape(word.slice(1))}`;
}

function pattern(rendering: string, inflect: boolean): RegExp | null {
  const words = rendering.split(/[\s\-‐‑]+/u).filter((w) => w !== "");
  const last = words.at(-1);
  if (!last) return null;
  const inflection = inflect && /\p{Ll}$/u.test(last) ? "(?:['’]s|n|an|ns|ans|ese|ian|ians|i)?" : "(?:['’]s)?";
  const body = words.map(wordPattern).join("[\\s\\-‐‑]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${inflection}(?![\\p{L}\\p{N}])`, "gu");
}

export function findAll(text: string, rendering: string, inflect = true): Found[] {
  const regex = pattern(rendering, inflect);
  if (!regex) return [];
  return [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The preferred rendering plus every English form the gazetteer accepts for the key. */
export function acceptedRenderings(key: string, preferred: string): string[] {
  return [...new Set([preferred, ...(entryByKey(key)?.english ?? [])])].filter((r) => r.trim() !== "");
}

/** Indonesian names of the key the gazetteer knows ("Korut", "Korea Utara"). */
export function sourceNames(key: string): readonly string[] {
  return entryByKey(key)?.names ?? [];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

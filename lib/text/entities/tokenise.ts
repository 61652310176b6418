// Words with their offsets and the text in front of them. Hyphens split words ("Kim Jong-un"
// → Kim, Jong, un with gap "-") so variants and "Rusia-Ukraina" can be handled word by word;
// dotted acronyms ("U.S.") and initials ("S.") stay whole.

export type Token = {
  text: string;
  start: number;
  end: number;
  /** Text between the previous token (or the sentence start) and this one. */
  gap: string;
};

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Single capitals and these take their following dot: "S. Mook", "Dr. Budi", "St. Petersburg". */
const DOTTED = new Set(["Dr", "Prof", "Ir", "Drs", "Hj", "St", "Mr", "Mrs", "Ms", "Jr", "Sr"]);

export function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(WORD)) {
    let end = match.index + match[0].length;
    if (sentence[end] === "." && (DOTTED.has(match[0]) || /^\p{Lu}$/u.test(match[0]))) end += 1;
    if (match.index < previousEnd) continue;
    tokens.push({
      text: sentence.slice(match.index, end),
      start: match.index,
      end,
      gap: sentence.slice(previousEnd, match.index),
    });
    previousEnd = end;
  }
  return tokens;
}

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** "SeaPRwire", "iPhone": inner capitals after a small letter mark a brand or organisation. */
export function isCamelCase(text: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(text);
}

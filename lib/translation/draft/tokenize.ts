// Splits a sentence into word and non-word tokens whose concatenation is the sentence, so
// glossing can replace words and leave numbers, punctuation, quotes and spacing untouched.

export type Token = { kind: "word" | "number" | "space" | "other"; text: string };

// Words may carry inner hyphens and apostrophes (negara-negara, Jong-un, Ma'ruf). A number
// keeps its separators and an attached suffix ("10.000-12.000", "1950-an", "28/04").
const TOKEN =
  /(\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)|(\p{N}+(?:[.,:/–-]\p{N}+)*(?:-\p{L}+)?)|(\s+)|([^\p{L}\p{N}\s]+)/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const [text, word, number, space] = match;
    if (word) tokens.push({ kind: "word", text });
    else if (number) tokens.push({ kind: "number", text });
    else if (space) tokens.push({ kind: "space", text });
    else tokens.push({ kind: "other", text });
  }
  return tokens;
}

// Word-by-word gloss of one sentence: phrases first (longest match), then single words.
// Only word tokens change; numbers, punctuation, quotes and spacing are copied through.
import { capitalise, glossWord, pluralise } from "./gloss-word";
import type { Lexicon } from "./lexicon";
import { tokenize } from "./tokenize";
import type { Token } from "./tokenize";

/** Tries the longest phrase starting at tokens[start]; words must be separated by single spaces. */
function matchPhrase(tokens: readonly Token[], start: number, lexicon: Lexicon): { gloss: string; end: number } | null {
  const words: string[] = [];
  const ends: number[] = [];
  for (let i = start; i < tokens.length && words.length < lexicon.maxPhraseWords; i += 2) {
    const token = tokens[i];
    if (token?.kind !== "word") break;
    words.push(token.text.toLowerCase());
    ends.push(i + 1);
    if (tokens[i + 1]?.kind !== "space" || tokens[i + 1]?.text !== " ") break;
  }
  for (let n = words.length; n >= 2; n--) {
    const gloss = lexicon.phrases.get(words.slice(0, n).join(" "));
    const end = ends[n - 1];
    if (gloss !== undefined && end !== undefined) return { gloss, end };
  }
  return null;
}

// "para" only marks the next noun as plural, so its meaning moves onto that noun.
function pluralAfterPara(previous: Token | undefined, gloss: string): string {
  const afterPara = previous?.kind === "word" && previous.text.toLowerCase() === "para";
  return afterPara && /^\p{L}+$/u.test(gloss) && !gloss.endsWith("s") ? pluralise(gloss) : gloss;
}

/** "1950-an" is the 1950s; every other number is copied as written. */
function glossNumber(text: string): string {
  return text.replace(/^(\d+)-an$/, "$1s");
}

export function glossSentence(sentence: string, lexicon: Lexicon): string {
  const tokens = tokenize(sentence);
  const out: Token[] = [];
  let sawWord = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") {
      out.push(token.kind === "number" ? { ...token, text: glossNumber(token.text) } : token);
      if (token.kind === "number") sawWord = true;
      i++;
      continue;
    }
    const phrase = matchPhrase(tokens, i, lexicon);
    const sentenceInitial = !sawWord;
    sawWord = true;
    if (phrase) {
      const capitalised = /^\p{Lu}/u.test(token.text) && phrase.gloss !== "";
      out.push({ kind: "word", text: capitalised ? capitalise(phrase.gloss) : phrase.gloss });
      i = phrase.end;
      continue;
    }
    const gloss = glossWord(token.text, lexicon, { sentenceInitial });
    out.push({ kind: "word", text: gloss === null ? token.text : pluralAfterPara(tokens[i - 2], gloss) });
    i++;
  }
  return join(out, /^\p{Lu}/u.test(firstWordText(tokens)));
}

function firstWordText(tokens: readonly Token[]): string {
  return tokens.find((token) => token.kind === "word" || token.kind === "number")?.text ?? "";
}

/** Joins tokens, dropping empty glosses with one neighbouring space and keeping the initial capital. */
function join(tokens: readonly Token[], initialCapital: boolean): string {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "word" && token.text === "") {
      if (tokens[i + 1]?.kind === "space") i++;
      else if (kept.at(-1)?.kind === "space") kept.pop();
      continue;
    }
    kept.push(token);
  }
  const firstWord = kept.findIndex((token) => token.kind === "word" || token.kind === "number");
  const first = kept[firstWord];
  if (initialCapital && first?.kind === "word") kept[firstWord] = { ...first, text: capitalise(first.text) };
  return kept.map((token) => token.text).join("");
}

// Word-by-word gloss of one sentence: phrases first (longest match), then single words, then
// the local fluency rules in fluency.ts. Only word and number tokens change; punctuation,
// quotes and spacing are copied through.
import { COMPASS } from "./compass";
import { applyFluency, type GlossedToken } from "./apply-fluency";
import { englishNumber } from "./fluency";
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

const isCap = (token: Token | undefined): boolean => token?.kind === "word" && /^\p{Lu}/u.test(token.text);

/** The word token two places away when a single space separates them. */
function neighbour(tokens: readonly Token[], i: number, step: 1 | -1): Token | undefined {
  const gap = tokens[i + step];
  return gap?.kind === "space" && gap.text === " " ? tokens[i + 2 * step] : undefined;
}


/** A title-case headline ("Pujian Putin untuk Tentara Korea Utara"): capitals there are style, not names. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.kind === "word" && t.text.length >= 4);
  return long.length >= 3 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length >= 0.6;
}

export function glossSentence(sentence: string, lexicon: Lexicon): string {
  const tokens = tokenize(sentence);
  const headline = isTitleCase(tokens) && !/[.!?]["”’)]*\s*$/u.test(sentence);
  const out: GlossedToken[] = [];
  let sawWord = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") {
      out.push(token.kind === "number" ? { ...token, text: englishNumber(token.text) } : token);
      if (token.kind === "number") sawWord = true;
      i++;
      continue;
    }
    // In a headline every word is capitalised for style, so each is read like a sentence start.
    const sentenceInitial = !sawWord || headline;
    sawWord = true;
    const phrase = matchPhrase(tokens, i, lexicon);
    if (phrase) {
      const capitalised = /^\p{Lu}/u.test(token.text) && phrase.gloss !== "";
      out.push({ kind: "word", text: capitalised ? capitalise(phrase.gloss) : phrase.gloss, source: token.text.toLowerCase() });
      i = phrase.end;
      continue;
    }
    const compass = glossCompass(tokens, i, lexicon);
    if (compass) {
      out.push({ kind: "word", text: compass.gloss, source: token.text.toLowerCase() });
      i = compass.end;
      continue;
    }
    const inNameRun = !headline && isCap(token) && (isCap(neighbour(tokens, i, -1)) || isCap(neighbour(tokens, i, 1)));
    const gloss = glossWord(token.text, lexicon, { sentenceInitial, inNameRun });
    const lower = token.text.toLowerCase();
    const common = gloss !== null && gloss !== "" && !lexicon.functionWords.has(lower) && !/^\p{Lu}/u.test(gloss);
    out.push({ kind: "word", text: gloss === null ? token.text : pluralAfterPara(tokens[i - 2], gloss), source: lower, common });
    i++;
  }
  return join(applyFluency(out), /^\p{Lu}/u.test(firstWordText(tokens)));
}

/** "Virginia Barat" → "West Virginia", "Jawa Tengah" → "Central Java": a place keeps its compass word. */
function glossCompass(tokens: readonly Token[], i: number, lexicon: Lexicon): { gloss: string; end: number } | null {
  const token = tokens[i];
  const next = neighbour(tokens, i, 1);
  if (!token || !isCap(token) || !next || !isCap(next)) return null;
  const direction = COMPASS[next.text];
  if (!direction) return null;
  // The place itself: a known name, or an ordinary word used as one ("Pantai Barat", West Coast).
  const place = glossWord(token.text, lexicon, { sentenceInitial: true, inNameRun: false }) ?? token.text;
  return { gloss: `${direction} ${capitalise(place)}`, end: i + 3 };
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

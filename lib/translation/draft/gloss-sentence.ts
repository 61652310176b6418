// Word-by-word gloss of one sentence: phrases first (longest match), then single words, then
// the local fluency rules in fluency.ts. Only word and number tokens change; punctuation,
// quotes and spacing are copied through.
import { COMPASS } from "./compass";
import { DEMONSTRATIVES, englishNumber, hasDeterminer, isNounShaped, POSSESSORS, PREPOSITIONS, QUANTIFIERS } from "./fluency";
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

type Out = Token & { source?: string; common?: boolean };

export function glossSentence(sentence: string, lexicon: Lexicon): string {
  const tokens = tokenize(sentence);
  const out: Out[] = [];
  let sawWord = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") {
      out.push(token.kind === "number" ? { ...token, text: englishNumber(token.text) } : token);
      if (token.kind === "number") sawWord = true;
      i++;
      continue;
    }
    const sentenceInitial = !sawWord;
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
    const inNameRun = isCap(token) && (isCap(neighbour(tokens, i, -1)) || isCap(neighbour(tokens, i, 1)));
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

/** N + ini/itu/tersebut → "this/the N"; "the" after a preposition before a common noun. */
function applyFluency(out: Out[]): Out[] {
  const words = out.map((t, index) => ({ t, index })).filter(({ t }) => t.kind === "word" && t.text !== "");
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
    if (QUANTIFIERS.has(previous.t.source ?? "") && current.t.common && /^\p{Ll}+$/u.test(current.t.text)) {
      out[current.index] = { ...current.t, text: pluralise(current.t.text) };
    }
    if (PREPOSITIONS.has(previous.t.source ?? "") && current.t.common && !hasDeterminer(current.t.text)) {
      // Only before a noun phrase that a demonstrative does not already determine.
      const nextIsDemonstrative = next?.t.source !== undefined && DEMONSTRATIVES[next.t.source] !== undefined;
      if (!nextIsDemonstrative) out[current.index] = { ...current.t, text: `the ${current.t.text}` };
    }
  }
  return out;
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

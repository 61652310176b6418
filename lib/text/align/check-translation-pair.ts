// What is wrong with an Indonesian text and its English translation before they are aligned:
// refusals (nothing is stored) and warnings (the user may go on). Pure; the ingest step maps
// the codes to translated messages.
import { indonesianScore } from "../looks-indonesian";

export type PairProblem =
  | { kind: "error"; code: "translation-empty" | "source-empty" | "translation-not-english" | "sides-swapped" }
  | { kind: "warning"; code: "length-ratio"; ratio: number };

/** English over Indonesian character counts outside this range is worth a word to the user. */
const RATIO_LOW = 0.5;
const RATIO_HIGH = 2;

export function checkTranslationPair(indonesian: string, english: string): PairProblem[] {
  const hasText = (text: string) => /[\p{L}\p{N}]/u.test(text);
  if (!hasText(indonesian)) return [{ kind: "error", code: "source-empty" }];
  if (!hasText(english)) return [{ kind: "error", code: "translation-empty" }];
  const englishLooksIndonesian = indonesianScore(english).looksIndonesian;
  if (englishLooksIndonesian && !indonesianScore(indonesian).looksIndonesian) return [{ kind: "error", code: "sides-swapped" }];
  if (englishLooksIndonesian) return [{ kind: "error", code: "translation-not-english" }];
  const ratio = english.trim().length / indonesian.trim().length;
  if (ratio < RATIO_LOW || ratio > RATIO_HIGH) return [{ kind: "warning", code: "length-ratio", ratio: Math.round(ratio * 100) / 100 }];
  return [];
}

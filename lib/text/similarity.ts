// How alike two sentences are, for translation-memory suggestions: Levenshtein distance
// over words (not characters), so "Presiden Jokowi" vs "Presiden Prabowo" counts as one
// changed word out of two, the way a translator would see it.

/** Lower-cased words; punctuation and spacing do not count. */
export function similarityWords(text: string): string[] {
  return (text.toLocaleLowerCase("id").match(/[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu) ?? []);
}

/** Edit distance between two word lists: insertions, deletions and substitutions of whole words. */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) return wordEditDistance(b, a);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for the same words in the same order, 0 for nothing in common; two empty texts are identical. */
export function sentenceSimilarity(a: string, b: string): number {
  const wordsA = similarityWords(a);
  const wordsB = similarityWords(b);
  const longest = Math.max(wordsA.length, wordsB.length);
  if (longest === 0) return 1;
  return 1 - wordEditDistance(wordsA, wordsB) / longest;
}

/** Whole percent for display, never rounding a near-match up to 100. */
export function similarityPercent(similarity: number): number {
  return similarity >= 1 ? 100 : Math.min(99, Math.round(similarity * 100));
}

/**
 * Words a candidate must share with `text` (at least one of them) to reach `threshold`.
 * Each word edit changes at most one of the text's words, so with d = the most edits
 * allowed, any d + 1 distinct words of the text include one the candidate still has.
 * The longest words are picked: they are the rarest, so the database filter bites.
 */
export function requiredWords(text: string, threshold: number): string[] {
  const words = similarityWords(text);
  const distinct = [...new Set(words)].sort((x, y) => y.length - x.length || x.localeCompare(y));
  // A candidate may be longer than the text: up to words / threshold words in all.
  const maxEdits = Math.floor((words.length / threshold) * (1 - threshold) + 1e-9);
  return distinct.slice(0, maxEdits + 1);
}

/** Word-count window a candidate must fall in to possibly reach `threshold`. */
export function wordCountWindow(count: number, threshold: number): { min: number; max: number } {
  return { min: Math.max(0, Math.ceil(count * threshold - 1e-9)), max: Math.floor(count / threshold + 1e-9) };
}

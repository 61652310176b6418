// When a rendering is missing, the reviewer needs to see what the engine wrote instead:
// the span of the translation that is most similar to the expected rendering.

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a.toLowerCase(), b.toLowerCase()) / longest;
}

/** The run of words (about as many as `expected` has; a split brand may take two more) most like it, if any is close. */
export function closestSpan(text: string, expected: string, threshold = 0.6): string | null {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  const size = expected.split(/\s+/u).length;
  let best: { text: string; score: number } | null = null;
  for (let n = Math.max(1, size - 1); n <= size + 2; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i];
      const last = words[i + n - 1];
      if (!first || !last) continue;
      const candidate = text.slice(first.index, last.index + last[0].length).replace(/[.'’-]+$/u, "");
      const score = similarity(candidate, expected);
      if (score >= threshold && (!best || score > best.score)) best = { text: candidate, score };
    }
  }
  return best?.text ?? null;
}

// Translation models truncate or garble long inputs, and Indonesian news sentences can run
// past any model limit. A sentence that is too long is cut at the most natural clause break
// that fits: punctuation first, then conjunctions, then any space as a last resort.

/** Lower tier = better place to cut. Each entry tests the text on either side of a space. */
const TIERS: readonly ((before: string, after: string) => boolean)[] = [
  (before) => before.endsWith(";"),
  (before) => before.endsWith(":"),
  (before) => /(?:[—–]| -)$/u.test(before),
  (before) => /,["'”’)]?$/u.test(before),
  (_, after) => /^(?:tetapi|namun|sedangkan|sehingga|karena|sementara|padahal|meskipun|walaupun|agar|supaya|ketika|setelah|sebelum|bahwa)\b/iu.test(after),
  (_, after) => /^(?:dan|serta|atau)\b/iu.test(after),
  (_, after) => /^yang\b/iu.test(after),
];

/** Clause cuts shorter than this share of the limit make fragments too small to translate well. */
const MIN_SHARE = 0.3;

export function splitAtClauses(sentence: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const pieces: string[] = [];
  let rest = sentence.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    if (cut === null) break;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/** Index of the space to cut at, or null when the text has no space at all. */
function findCut(text: string, limit: number): number | null {
  const spaces = [...text.matchAll(/\s+/gu)].map((m) => m.index);
  const minPiece = Math.floor(limit * MIN_SHARE);
  for (const fits of TIERS) {
    const cut = spaces.findLast((at) => {
      const tail = text.length - at - 1;
      return at >= minPiece && at <= limit && tail >= minPiece && fits(text.slice(0, at), text.slice(at).trimStart());
    });
    if (cut !== undefined) return cut;
  }
  // Last resort: the last space that fits, or the first one after an over-long word.
  return spaces.findLast((at) => at > 0 && at <= limit) ?? spaces.find((at) => at > 0) ?? null;
}

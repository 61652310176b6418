// Where the English boundary between two neighbouring pairs goes. The server joins both
// English texts (trimmed, one space between) and cuts them again at an offset; the editor
// turns "join with the next sentence" and "split at the caret" into that offset here, so
// both sides agree on the joining rule.

/** The two English texts as the boundary move sees them: trimmed, joined by one space. */
export function joinEnglish(first: string | null, next: string | null): string {
  return [first, next].map((text) => text?.trim() ?? "").filter((text) => text !== "").join(" ");
}

/** The cut that puts all of the next pair's English into the first; null when the next has none. */
export function joinOffset(first: string | null, next: string | null): number | null {
  if ((next?.trim() ?? "") === "") return null;
  return joinEnglish(first, next).length;
}

/**
 * The cut at a caret in the first pair's English field (an offset into its untrimmed
 * text); null when the caret is at the end of the words, where nothing would move.
 */
export function splitOffset(first: string | null, caret: number): number | null {
  const text = first ?? "";
  const lead = text.length - text.trimStart().length;
  const words = text.trim().length;
  const at = Math.min(Math.max(caret - lead, 0), words);
  if (at >= words) return null;
  // The cut lands before the next word, not inside the spaces before it.
  return at + (text.slice(lead + at).length - text.slice(lead + at).trimStart().length);
}

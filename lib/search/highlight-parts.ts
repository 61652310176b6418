// FTS5's highlight() wraps matches in marker characters; this turns a marked string
// into plain runs the UI renders as React text (never as HTML). The markers are private-
// use characters, so no article text is mistaken for markup.

export const MATCH_OPEN = "\uE000";
export const MATCH_CLOSE = "\uE001";

export type HighlightPart = { text: string; match: boolean };

export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, match });
    text = "";
  };
  for (const char of marked) {
    if (char === MATCH_OPEN || char === MATCH_CLOSE) {
      flush();
      match = char === MATCH_OPEN;
    } else {
      text += char;
    }
  }
  flush();
  return mergeNeighbours(parts);
}

/** "[Jakarta] [Utara]" comes back as two matches with a space between: keep them apart, but join same-kind runs. */
function mergeNeighbours(parts: HighlightPart[]): HighlightPart[] {
  const merged: HighlightPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** The text without markers, e.g. for a title attribute or a test. */
export function plainText(parts: readonly HighlightPart[]): string {
  return parts.map((part) => part.text).join("");
}

// Word-level diff between two versions of a translation, for the history panel and the
// fuzzy-suggestion highlights. Words and the spaces between them are separate tokens so
// the parts join back into exactly the original texts.

export type DiffKind = "same" | "added" | "removed";
export type DiffPart = { kind: DiffKind; text: string };

/** Words, runs of whitespace and single punctuation marks, in order. */
export function diffTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

// Beyond this many token pairs the LCS table would be too large for a request; such
// texts are shown as one removal and one addition, which is still correct, just coarse.
const MAX_CELLS = 4_000_000;

/**
 * Parts that turn `before` into `after`: "same" and "removed" parts join to `before`,
 * "same" and "added" parts join to `after`. Longest common subsequence over tokens.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  // Common head and tail are cheap to peel off and keep the table small.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, head).join(""));
  for (const part of diffMiddle(midA, midB)) push(parts, part.kind, part.text);
  push(parts, "same", a.slice(a.length - tail).join(""));
  return parts;
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length * b.length > MAX_CELLS) {
    return [{ kind: "removed", text: a.join("") }, { kind: "added", text: b.join("") }];
  }
  const width = b.length + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, "same", a[i++] ?? "");
      j++;
    } else if (i < a.length && (j === b.length || (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))) {
      // Removals first, so a replaced word reads "old → new".
      push(parts, "removed", a[i++] ?? "");
    } else {
      push(parts, "added", b[j++] ?? "");
    }
  }
  return parts;
}

/** Appends, merging with the previous part of the same kind; empty text is dropped. */
function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** The text on one side of a diff: "before" keeps removals, "after" keeps additions. */
export function diffSide(parts: readonly DiffPart[], side: "before" | "after"): string {
  const drop: DiffKind = side === "before" ? "added" : "removed";
  return parts.filter((p) => p.kind !== drop).map((p) => p.text).join("");
}

export type ShownDiffPart = DiffPart & { spaceBefore: boolean };

/**
 * Parts as the history panel shows them: a removal and the addition that replaces it
 * touch ("MatterBoth"), so one is spaced from the other. Together with strike-through
 * and underline, the diff then reads without colour.
 */
export function spacedDiff(parts: readonly DiffPart[]): ShownDiffPart[] {
  return parts.map((part, i) => {
    const previous = parts[i - 1];
    const changed = (p: DiffPart | undefined) => p !== undefined && p.kind !== "same";
    const touching = previous !== undefined && !/\s$/u.test(previous.text) && !/^\s/u.test(part.text);
    return { ...part, spaceBefore: changed(previous) && changed(part) && touching };
  });
}

// Articles arrive in two layouts: blank-line separated paragraphs (possibly hard-wrapped)
// and one paragraph per line (what most copy-pastes from news sites give). Both must map
// to the same paragraph list.

export function splitParagraphs(text: string): string[] {
  return splitParagraphLines(text).map((lines) => lines.join(" "));
}

/**
 * The same split, keeping each paragraph's lines apart so line-level cleaning can drop a
 * line without changing which layout the text is read in.
 */
export function splitParagraphLines(text: string): string[][] {
  const lines = text.split("\n").map((line) => line.trim());
  if (!hasBlankLineBetweenText(lines)) return lines.filter((line) => line !== "").map((line) => [line]);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line !== "") {
      current.push(line);
      continue;
    }
    if (current.length > 0) paragraphs.push(current);
    current = [];
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A trailing or leading blank line says nothing about layout; one between two text lines does. */
function hasBlankLineBetweenText(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => line !== "");
  const last = lines.findLastIndex((line) => line !== "");
  for (let i = first + 1; i < last; i++) if (lines[i] === "") return true;
  return false;
}

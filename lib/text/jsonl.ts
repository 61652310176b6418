// JSON Lines serialisation, pure: one JSON value per line, LF-terminated. JSON.stringify
// already escapes line breaks inside strings; U+2028/U+2029 are escaped too so a line
// stays one line for readers that split on every Unicode line separator.

/** One JSONL line for a value; lone surrogates come out as \udxxx escapes (well-formed JSON.stringify). */
export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("jsonLine: value has no JSON form");
  return `${json.replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"))}\n`;
}

/** Parses a JSONL text back into values, skipping blank lines (a trailing LF leaves one). */
export function parseJsonLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

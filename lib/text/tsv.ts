// TSV cells that can never break a row. Backslash escapes make tab, newline, carriage
// return and backslash reversible; other C0 control characters carry no meaning in
// news text and are dropped (the only lossy step, documented in the README).

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const UNESCAPES: Record<string, string> = { "\\": "\\", t: "\t", n: "\n", r: "\r" };

// Most cells need no change; one test is much cheaper than two replaces on a big export.
const NEEDS_ESCAPE = /[\u0000-\u001F\u007F\\]/;

export function escapeTsvCell(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

export function unescapeTsvCell(cell: string): string {
  return cell.replace(/\\([\\tnr])/g, (_, c: string) => UNESCAPES[c] ?? c);
}

export function tsvRow(cells: readonly string[]): string {
  return `${cells.map(escapeTsvCell).join("\t")}\n`;
}

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

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with one of
// these as a formula: CSV/TSV injection. OWASP's advice is a leading apostrophe, which
// makes the cell text. A cell that already starts with an apostrophe gets one too, so
// the change is reversible: strip exactly one leading apostrophe to get the text back.
// Tab and CR are on OWASP's list; escapeTsvCell already writes them as \t and \r.
const FORMULA_START = /^[=+\-@'\t\r]/;

export function spreadsheetSafeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unescapeSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export type TsvRowOptions = { spreadsheetSafe?: boolean };

export function tsvRow(cells: readonly string[], options: TsvRowOptions = {}): string {
  const escaped = cells.map(escapeTsvCell);
  return `${(options.spreadsheetSafe ? escaped.map(spreadsheetSafeCell) : escaped).join("\t")}\n`;
}

// Moses corpora are line-aligned: line n of corpus.id translates line n of corpus.en.
// So a segment must be exactly one line. Every character a line reader might split
// on (CR, LF, VT, FF, the C1 NEL, U+2028/U+2029, the file/group/record separators
// Python's splitlines honours) becomes a space, runs of spaces collapse, and other
// C0 controls are dropped. This is the one lossy step of the Moses export.

const LINE_BREAKS = /[\t\n\u000B\u000C\r\u001C-\u001E\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001B\u001F\u007F]/g;

export function mosesLine(text: string): string {
  return `${text.replace(CONTROLS, "").replace(LINE_BREAKS, " ").replace(/ {2,}/g, " ").trim()}\n`;
}

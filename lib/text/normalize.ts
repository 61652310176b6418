// First step for every input: make text from pastes, uploads and fetched pages look the
// same, so cleaning rules, duplicate detection and content hashes do not depend on which
// invisible characters or line endings a site happened to use.

/** Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and soft hyphens: invisible, they only break matching. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
/** C0 and C1 control characters other than \n and \t (handled separately). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** NBSP, narrow NBSP, en/em/thin/hair spaces, ideographic space and friends become plain spaces. */
const UNICODE_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export function normalizeText(raw: string): string {
  const unified = raw
    .replace(/\r\n?/g, "\n")
    // Unicode line/paragraph separators are line breaks in disguise.
    .replace(/\u2028/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(UNICODE_SPACE, " ")
    .normalize("NFC");
  const lines = unified.split("\n").map((line) => line.replace(/ {2,}/g, " ").trim());
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

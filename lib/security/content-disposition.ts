// A safe Content-Disposition for downloads named after article titles, i.e. after text
// from the open web: never a path, never a header injection, never a broken character.

const MAX_NAME_CHARS = 120;
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** ASCII fallback plus RFC 5987 UTF-8 name. */
export function contentDisposition(fileName: string): string {
  // Bidi controls are dropped too: U+202E can make "gpj.exe" display as "exe.jpg".
  const clean = shorten(fileName.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim());
  const ascii = clean.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/[%;,]/g, "").replace(/\s+/g, "-") || "selaras-export";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

/**
 * Cuts by whole characters (code points), never inside a surrogate pair: half an emoji
 * made encodeURIComponent throw, and every export of that document failed with a 500.
 * The extension survives the cut, so a long title still downloads as ".tsv".
 */
function shorten(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_NAME_CHARS) return name;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
  return `${characters.slice(0, MAX_NAME_CHARS - extension.length).join("").trimEnd()}${extension}`;
}

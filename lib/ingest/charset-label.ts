// Where a document says its own encoding: the HTTP Content-Type header or an HTML
// <meta> tag. Labels are resolved the way browsers do (WHATWG Encoding Standard), so
// "latin1" and "iso-8859-1" both mean windows-1252, exactly as a browser would show them.

/** The canonical encoding name for a label, or null when Node does not know it. */
export function resolveEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** charset= from a Content-Type value ("text/html; charset=ISO-8859-1"). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  const label = match?.[1] ?? match?.[2];
  return label ? resolveEncoding(label) : null;
}

// The HTML spec's prescan looks at the first 1024 bytes; real saved pages often put
// the meta tag after a long comment or inline style, so we look a little further.
const META_SCAN_BYTES = 4096;

/** The first bytes as Latin-1: every byte maps to one char, so ASCII markup is readable whatever the encoding. */
function asciiHead(bytes: Uint8Array, length: number): string {
  return new TextDecoder("latin1").decode(bytes.subarray(0, length));
}

export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = asciiHead(bytes, 1024).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html|<head|<meta|<!--)/.test(head) || /<(?:html|head)[\s>]/.test(head);
}

/** The charset declared by <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = asciiHead(bytes, META_SCAN_BYTES).replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    const isContentType = /http-equiv\s*=\s*["']?\s*content-type/i.test(tag);
    const label = isContentType ? /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] : direct?.[1];
    const encoding = isContentType && label ? charsetFromContentType(label) : label ? resolveEncoding(label) : null;
    if (encoding) return metaOverride(encoding);
  }
  return null;
}

/** A page whose meta tag could be read as ASCII cannot be UTF-16, so the spec reads it as UTF-8. */
function metaOverride(encoding: string): string {
  return encoding.startsWith("utf-16") ? "utf-8" : encoding;
}

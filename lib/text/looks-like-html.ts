// A paste that is a web page's source (copied from "view source" or a saved file opened
// as text) must go through the HTML reader, or every tag would be "translated".
// News prose never contains real tags, so a few of them, or a doctype, decide it.

const DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iu;
const TAG =
  /<\/?(?:p|div|span|a|br|hr|img|article|section|header|footer|nav|main|aside|h[1-6]|ul|ol|li|table|tr|td|th|strong|em|b|i|figure|figcaption|script|style|meta|link|title|head|body|html|iframe|noscript|blockquote|time|picture|source|button|form|input)(?:\s[^<>]*)?\/?>/giu;
const MIN_TAGS = 3;

export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  let tags = 0;
  let closing = false;
  for (const match of text.matchAll(TAG)) {
    tags += 1;
    if (match[0].startsWith("</")) closing = true;
    if (tags >= MIN_TAGS && closing) return true;
  }
  return false;
}

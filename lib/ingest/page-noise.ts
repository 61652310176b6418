// Recognises page furniture that sits inside the article container itself: share bars,
// "Baca juga" (read also) boxes, tag lists, inline ads. Readability drops much of this,
// but not the inline link boxes Indonesian news sites put between paragraphs.

// Matched against class and id words, e.g. "share-buttons", "baca-juga", "related_posts".
const NOISE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|sosmed|related|baca-?juga|bacajuga|read-?also|lihat-?juga|comments?|komentar|advert\w*|ads?|iklan|promo|newsletter|subscribe|breadcrumbs?|tags?|sidebar|widget|popup|modal|cookie\w*|banner)(?:$|[\s_-])/i;

// Inline "read also" teasers: "Baca juga: <link>", "Lihat Juga", "Simak juga", "Artikel terkait".
const READ_ALSO = /^(?:baca|lihat|simak|cek)\s+(?:juga|pula)\b|^artikel\s+terkait\b|^berita\s+terkait\b|^read\s+also\b/i;

// A container holding real article text is long and mostly not links; furniture is the opposite.
const LONG_TEXT = 1000;
const SHORT_TEXT = 300;

export function isNoise(element: Element): boolean {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (NOISE_NAME.test(names) && !isSubstantial(element)) return true;
  return READ_ALSO.test(firstText(element)) && isTeaser(element);
}

/** Guards against a whole article wrapper whose class merely contains a word like "tags". */
function isSubstantial(element: Element): boolean {
  const text = collapsed(element.textContent);
  const long = text.length >= LONG_TEXT || element.querySelectorAll("p").length >= 3;
  return long && linkDensity(element, text) < 0.5;
}

function isTeaser(element: Element): boolean {
  const text = collapsed(element.textContent);
  return text.length < SHORT_TEXT || linkDensity(element, text) > 0.5;
}

/** The first non-blank text inside the element, found without reading the whole subtree. */
function firstText(element: Element): string {
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === 3 && node.textContent?.trim()) return node.textContent.trim();
    node = node.nodeType === 1 && node.firstChild ? node.firstChild : nextInTree(node, element);
  }
  return "";
}

function nextInTree(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

function linkDensity(element: Element, text: string): number {
  if (text.length === 0) return 0;
  const linked = Array.from(element.querySelectorAll("a")).reduce((sum, a) => sum + collapsed(a.textContent).length, 0);
  return linked / text.length;
}

function collapsed(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

// A saved or fetched web page → its article as plain text plus title, canonical address
// and site name. Readability finds the article; when it finds none (index pages, tiny
// pages) the whole body is used, with the same furniture filter.
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { AppError } from "@/lib/errors";
import { MAX_HTML_ELEMENTS, MAX_HTML_NESTING } from "@/lib/limits";
import { elementToText } from "./html-to-text";
import { readPageMetadata } from "./page-metadata";
import { scanMarkup } from "./scan-markup";

export type ParsedPage = { title: string | null; canonicalUrl: string | null; siteName: string | null; text: string };

/**
 * Synchronous and CPU-heavy: the server calls it through parseHtmlOffThread, never on
 * the request thread. Throws AppError "too-complex" for markup nested too deeply or with
 * too many elements, before any parser runs.
 */
export function parseHtml(rawHtml: string, pageUrl?: string): ParsedPage {
  const { html, elements, depth } = scanMarkup(rawHtml);
  if (depth > MAX_HTML_NESTING) {
    throw new AppError("too-complex", `The page nests elements ${depth} levels deep; the limit is ${MAX_HTML_NESTING}.`, { depth });
  }
  if (elements > MAX_HTML_ELEMENTS) {
    throw new AppError("too-complex", `The page has ${elements} elements; the limit is ${MAX_HTML_ELEMENTS}.`, { elements });
  }
  const doc = parseDocument(html);
  // Read the head first: Readability rewrites the document it is given.
  const metadata = readPageMetadata(doc, pageUrl);
  const tooBig = elements > MAX_READABILITY_ELEMENTS;
  const article = tooBig ? null : extractArticle(doc);
  const text = article?.text ?? bodyText(tooBig ? doc : parseDocument(html));
  return { ...metadata, siteName: metadata.siteName ?? article?.siteName ?? null, text };
}

function parseDocument(html: string): Document {
  // linkedom's Document is a structural twin of the DOM one, not the same TS type.
  return new DOMParser().parseFromString(asFullDocument(html), "text/html") as unknown as Document;
}

const SHELL_TAG = /<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;

/**
 * linkedom, unlike a browser, does not invent <html> and <body> around a fragment (it
 * makes the first tag the root, or has no root at all for bare text). Fragments and
 * half-saved pages are rewrapped; <title> and <meta> end up in <body>, where the
 * metadata reader still finds them.
 */
export function asFullDocument(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  return `<!DOCTYPE html><html><head></head><body>${html.replace(SHELL_TAG, "")}</body></html>`;
}

// Readability over linkedom slows down sharply with element count (about 3 s at 5,000
// elements of dense markup); beyond this the cheaper whole-body extraction is used.
// Readability's own maxElemsToParse cannot be used: it counts getElementsByTagName("*"),
// which linkedom answers with 0.
const MAX_READABILITY_ELEMENTS = 8000;
// scanMarkup also drops the parts that never hold article text (scripts, SVG icons, CSS):
// a typical news page is mostly those, and parses several times faster without them.
// The DOM walk skips these elements too, so anything the scan misses is still never output.

function extractArticle(doc: Document): { text: string; siteName: string | null } | null {
  let parsed;
  try {
    // keepClasses lets the furniture filter see "share-buttons" or "baca-juga" inside the article.
    parsed = new Readability(doc, { keepClasses: true, serializer: (node: Node) => node }).parse();
  } catch {
    return null; // Malformed documents can trip Readability; the body fallback still works.
  }
  if (!parsed?.content) return null;
  const text = elementToText(parsed.content);
  if (!text) return null;
  return { text, siteName: parsed.siteName ?? null };
}

function bodyText(doc: Document): string {
  return doc.body ? elementToText(doc.body) : elementToText(doc);
}

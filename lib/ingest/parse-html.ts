// A saved or fetched web page → its article as plain text plus title, canonical address
// and site name. Readability finds the article; when it finds none (index pages, tiny
// pages) the whole body is used, with the same furniture filter.
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { elementToText } from "./html-to-text";
import { readPageMetadata } from "./page-metadata";

export type ParsedPage = { title: string | null; canonicalUrl: string | null; siteName: string | null; text: string };

export function parseHtml(html: string, pageUrl?: string): ParsedPage {
  const doc = parseDocument(html);
  // Read the head first: Readability rewrites the document it is given.
  const metadata = readPageMetadata(doc, pageUrl);
  const article = extractArticle(doc);
  const text = article?.text ?? bodyText(parseDocument(html));
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

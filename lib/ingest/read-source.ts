import "server-only";
// Turns uploaded bytes or a fetched page into article text. Shared by the API and the
// CLI so both accept and refuse exactly the same files.
import { AppError } from "@/lib/errors";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { decodeText } from "./decode-text";
import { parseHtmlOffThread } from "./parse-html-off-thread";
import { fetchArticle, type FetchOptions } from "./safe-fetch";

export type SourceText = { text: string; title: string | null; sourceUrl: string | null; sourceName: string | null };

const HTML_NAME = /\.x?html?$/i;
const TEXT_NAME = /\.(txt|text|md)$/i;

export async function textFromFile(name: string, bytes: Uint8Array, contentType: string | null = null): Promise<SourceText> {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new AppError("too-large", `The file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit.`);
  }
  const isHtml = HTML_NAME.test(name) || /html/i.test(contentType ?? "");
  if (!isHtml && !TEXT_NAME.test(name) && name.includes(".")) {
    throw new AppError("unsupported-type", `“${safeName(name)}” is not a .txt or .html file.`);
  }
  return fromBytes(bytes, { contentType, isHtml, pageUrl: null });
}

/** `fetchOptions` is for tests (a local server on loopback); the app passes none. */
export async function textFromUrl(url: string, fetchOptions: FetchOptions = {}): Promise<SourceText> {
  const fetched = await fetchArticle(url, { ...fetchOptions, maxBytes: MAX_INPUT_BYTES });
  if (!fetched.ok) {
    throw new AppError(fetchErrorCode(fetched.code), fetched.message, { reason: fetched.code });
  }
  const isHtml = /html/i.test(fetched.contentType ?? "") || !/text\/plain/i.test(fetched.contentType ?? "");
  const source = await fromBytes(fetched.bytes, { contentType: fetched.contentType, isHtml, pageUrl: fetched.finalUrl });
  return { ...source, sourceUrl: source.sourceUrl ?? fetched.finalUrl };
}

/** A mistyped address gets its own message; the rest is "could not fetch" or "will not fetch". */
function fetchErrorCode(reason: string): "invalid-url" | "fetch-failed" | "fetch-refused" {
  if (reason === "invalid-url") return "invalid-url";
  return ["http-status", "timeout", "network", "dns"].includes(reason) ? "fetch-failed" : "fetch-refused";
}

async function fromBytes(bytes: Uint8Array, hints: { contentType: string | null; isHtml: boolean; pageUrl: string | null }): Promise<SourceText> {
  const decoded = decodeText(bytes, { contentType: hints.contentType, isHtml: hints.isHtml });
  if (!decoded.ok) {
    const code = decoded.code === "binary" ? "binary-file" : decoded.code === "empty" ? "empty-input" : "unsupported-encoding";
    throw new AppError(code, decoded.message);
  }
  if (!hints.isHtml) return { text: decoded.text, title: null, sourceUrl: null, sourceName: null };
  // Uploads and fetched pages alike: parsing untrusted HTML never runs on the request thread.
  const page = await parseHtmlOffThread(decoded.text, hints.pageUrl ?? undefined);
  return { text: page.text, title: page.title, sourceUrl: page.canonicalUrl, sourceName: page.siteName };
}

/** Uploaded names are only ever shown, never used as paths; keep them short and printable. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 80);
}

import "server-only";
// Parses POST /api/documents: JSON { text, title?, sourceUrl?, translation?: { text, title? } }
// or { url, translationUrl? }, or a multipart upload with a `file` field (and optionally a
// `translationFile` or a `translation` text field, the article's published English). Bodies over the limit are refused while they
// stream in, whether or not they announce a Content-Length.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { wellFormed } from "@/lib/http/well-formed-text";
import { MAX_INPUT_BYTES, MAX_TITLE_CHARS } from "@/lib/limits";
import { looksLikeHtml } from "@/lib/text/looks-like-html";
import { textFromFile, textFromUrl } from "./read-source";
import { parseHtmlOffThread } from "./parse-html-off-thread";
import type { IngestInput } from "./ingest-document";

const MULTIPART_OVERHEAD = 64 * 1024;

const title = wellFormed(z.string().max(MAX_TITLE_CHARS));

const translation = z.object({ text: wellFormed(z.string()), title: title.nullish() });

const jsonBody = z.union([
  z.object({ url: z.string().min(1).max(2048), title: title.optional(), translationUrl: z.string().min(1).max(2048).optional() }),
  z.object({
    text: wellFormed(z.string()),
    title: title.nullish(),
    sourceUrl: z.url({ protocol: /^https?$/ }).max(2048).nullish(),
    translation: translation.nullish(),
  }),
]);

export async function readIngestRequest(request: Request): Promise<IngestInput> {
  const type = request.headers.get("content-type") ?? "";
  const body = await readCapped(request, MAX_INPUT_BYTES + MULTIPART_OVERHEAD);
  if (type.includes("multipart/form-data")) return fromForm(await parseForm(body, type));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError("invalid-input", "Send JSON { text, title? } or a multipart form with a file.");
  }
  const parsed = jsonBody.safeParse(json);
  if (!parsed.success) throw new AppError("invalid-input", `Invalid request: ${firstIssue(parsed.error.issues)}`);
  if ("url" in parsed.data) {
    const page = await textFromUrl(parsed.data.url);
    const english = parsed.data.translationUrl ? await textFromUrl(parsed.data.translationUrl) : null;
    return {
      text: page.text, title: parsed.data.title ?? page.title, sourceUrl: page.sourceUrl, sourceName: page.sourceName,
      translation: english ? { text: english.text, title: english.title } : null,
    };
  }
  const input = await fromPaste(parsed.data.text, parsed.data.title ?? null, parsed.data.sourceUrl ?? null);
  return { ...input, translation: parsed.data.translation ?? null };
}

/** Pasted text; a page's HTML source goes through the same reader as an uploaded .html file (off the request thread). */
async function fromPaste(text: string, title: string | null, sourceUrl: string | null): Promise<IngestInput> {
  if (!looksLikeHtml(text)) return { text, title, sourceUrl };
  const page = await parseHtmlOffThread(text);
  return { text: page.text, title: title || page.title, sourceUrl: sourceUrl ?? page.canonicalUrl, sourceName: page.siteName, pastedHtml: true };
}

/** A missing boundary, a CR/LF inside a file name or a cut-off body: undici throws a TypeError. */
async function parseForm(body: Uint8Array, type: string): Promise<FormData> {
  try {
    return await new Response(Buffer.from(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalid-input", "The upload is not a valid multipart form (missing boundary or malformed parts). Choose the file again.");
  }
}

/** The union's own message ("Invalid input") says nothing; the matching branch's issue does. */
function firstIssue(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (issue?.code === "invalid_union") {
    const inner = issue.errors.find((branch) => branch.some((i) => i.code !== "invalid_type")) ?? issue.errors[0];
    if (inner?.[0]) return inner[0].message;
  }
  return issue?.message ?? "bad body";
}

async function fromForm(form: FormData): Promise<IngestInput> {
  const file = form.get("file");
  const title = typeof form.get("title") === "string" ? String(form.get("title")).slice(0, MAX_TITLE_CHARS) : null;
  const translation = await translationFromForm(form);
  if (!(file instanceof File)) {
    const text = form.get("text");
    if (typeof text === "string") return { ...(await fromPaste(text, title, null)), translation };
    throw new AppError("invalid-input", "The form has no file.");
  }
  const source = await textFromFile(file.name, new Uint8Array(await file.arrayBuffer()), file.type || null);
  return { text: source.text, title: title || source.title, sourceUrl: source.sourceUrl, sourceName: source.sourceName, translation };
}

/** The English side: an uploaded file (decoded and checked like the Indonesian one) or pasted text; absent when both are empty. */
async function translationFromForm(form: FormData): Promise<IngestInput["translation"]> {
  const file = form.get("translationFile");
  if (file instanceof File && file.size > 0) {
    const source = await textFromFile(file.name, new Uint8Array(await file.arrayBuffer()), file.type || null);
    return { text: source.text, title: source.title };
  }
  const text = form.get("translation");
  return typeof text === "string" && text.trim() !== "" ? { text } : null;
}

async function readCapped(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): AppError {
  return new AppError("too-large", `The request is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit.`);
}

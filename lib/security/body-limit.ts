// The largest request body a route accepts. Every route takes an upload at the input limit
// plus room for multipart framing (the same allowance lib/ingest/read-ingest-request.ts
// grants), except POST /api/memory/import, which streams translation-memory files of up to
// MEMORY_IMPORT_MAX_BYTES to disk. The HTTP server (raw-request-guard.ts) and proxy.ts
// refuse bodies that announce more than this before anything reads them; bodies without a
// Content-Length are counted while they stream, in the route handler.
import { env } from "@/lib/env";
import { MAX_INPUT_BYTES } from "@/lib/limits";

export const MAX_REQUEST_BODY_BYTES = MAX_INPUT_BYTES + 64 * 1024;
/** Room for the multipart framing around a form's files. */
export const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;
export const MEMORY_IMPORT_PATH = "/api/memory/import";

export type BodyLimit = { maxBytes: number; label: string };
export type BodyLimitDecision = { ok: true } | { ok: false; code: "too-large"; message: string };

const DEFAULT_LIMIT: BodyLimit = { maxBytes: MAX_REQUEST_BODY_BYTES, label: `${+(MAX_INPUT_BYTES / 1024 / 1024).toFixed(1)} MB` };

/** The limit for one request, from its method and its path (a query string is ignored). */
export function bodyLimitFor(method: string | undefined, url: string | undefined): BodyLimit {
  const pathname = (url ?? "").split(/[?#]/, 1)[0];
  if ((method ?? "").toUpperCase() !== "POST" || pathname !== MEMORY_IMPORT_PATH) return DEFAULT_LIMIT;
  const max = env().MEMORY_IMPORT_MAX_BYTES;
  return { maxBytes: max + MULTIPART_ALLOWANCE_BYTES, label: `${formatLimit(max)} memory-import` };
}

export function checkDeclaredBodySize(contentLength: string | null, limit: BodyLimit = DEFAULT_LIMIT): BodyLimitDecision {
  if (contentLength === null || contentLength.trim() === "") return { ok: true };
  const declared = Number(contentLength);
  // A malformed length is left to the HTTP server, which rejects it before we run.
  if (!Number.isFinite(declared) || declared <= limit.maxBytes) return { ok: true };
  return { ok: false, code: "too-large", message: `The request is larger than the ${limit.label} limit.` };
}

function formatLimit(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

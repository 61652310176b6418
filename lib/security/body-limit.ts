// The largest request body any route accepts: an upload at the input limit plus room for
// multipart framing (the same allowance lib/ingest/read-ingest-request.ts grants).
// proxy.ts refuses bodies that announce more than this before Next buffers them; bodies
// without a Content-Length are counted while they stream, in the route handler.
import { MAX_INPUT_BYTES } from "@/lib/limits";

export const MAX_REQUEST_BODY_BYTES = MAX_INPUT_BYTES + 64 * 1024;

export type BodyLimitDecision = { ok: true } | { ok: false; code: "too-large"; message: string };

export function checkDeclaredBodySize(contentLength: string | null, max = MAX_REQUEST_BODY_BYTES): BodyLimitDecision {
  if (contentLength === null || contentLength.trim() === "") return { ok: true };
  const declared = Number(contentLength);
  // A malformed length is left to the HTTP server, which rejects it before we run.
  if (!Number.isFinite(declared) || declared <= max) return { ok: true };
  const limit = `${+(MAX_INPUT_BYTES / 1024 / 1024).toFixed(1)} MB`;
  return { ok: false, code: "too-large", message: `The request is larger than the ${limit} limit.` };
}

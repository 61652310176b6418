// Methods no route answers. TRACE echoes the request back (cross-site tracing) and TRACK
// is its IIS twin; Next has no handler for them and used to fail with a 500.
export type MethodDecision = { ok: true } | { ok: false; code: "method-not-allowed"; message: string };

const REFUSED = new Set(["TRACE", "TRACK", "CONNECT"]);

export const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

export function checkMethod(method: string): MethodDecision {
  if (!REFUSED.has(method.toUpperCase())) return { ok: true };
  return { ok: false, code: "method-not-allowed", message: `The ${method.toUpperCase()} method is not supported.` };
}

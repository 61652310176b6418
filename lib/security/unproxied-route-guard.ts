import "server-only";
// The refusals proxy.ts makes, for the one route it does not run on. Next's proxy reads
// every request body into memory before the route starts (and cuts it silently at
// proxyClientMaxBodySize), so POST /api/memory/import, which streams files of up to
// MEMORY_IMPORT_MAX_BYTES to disk, is left out of the proxy's matcher and calls this
// first: the same host, origin (CSRF) and access-table decisions, from the same modules.
// The declared-size refusal happens earlier still, on the HTTP server (raw-request-guard.ts).
import { checkAccess } from "@/lib/auth/check-access";
import { hostRefusal } from "./allowed-hosts";
import { allowedOrigins, checkOrigin, originHeadersOf } from "./check-origin";
import { SECURITY_HEADERS } from "./content-security-policy";

/** Proxy paths the matcher skips (proxy.ts): each one's handler must call refuseLikeProxy. */
export const UNPROXIED_PATHS = ["/api/memory/import"] as const;

export async function refuseLikeProxy(request: Request): Promise<Response | null> {
  // Next always passes the Host header; a Request built by hand (a test) names its host in the URL.
  const host = hostRefusal(request.headers.get("host") ?? new URL(request.url).host, request.headers.get("x-forwarded-host"));
  if (host) return refusal(421, "misdirected", host);
  const origin = checkOrigin(originHeadersOf(request), allowedOrigins());
  if (!origin.ok) return refusal(403, origin.code, origin.message);
  const access = await checkAccess(new URL(request.url).pathname, request.method, request.headers);
  if (access.kind === "pass") return null;
  if (access.kind === "refuse") return refusal(access.status, access.code, access.message);
  return refusal(401, "unauthorized", "Create the owner account first (open the app in a browser).");
}

/** Security headers for an answer the proxy did not stamp. */
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

function refusal(status: number, code: string, message: string): Response {
  return withSecurityHeaders(Response.json({ error: { code, message } }, { status }));
}

// Runs before every route (Next 16's proxy, formerly middleware, on the Node runtime):
// refuses a Host not in ALLOWED_HOSTS (DNS rebinding), cross-site writes (CSRF) and
// oversized declared bodies, applies the access table (lib/auth/access-rules.ts) to
// every route and page, and gives every response a per-request CSP nonce and the
// security headers. The decisions live in lib/security and lib/auth; this file wires them.
import { NextResponse, type NextRequest } from "next/server";
import { hostRefusal } from "@/lib/security/allowed-hosts";
import { checkAccess, type AccessOutcome } from "@/lib/auth/check-access";
import { allowedOrigins, checkOrigin, originHeadersOf } from "@/lib/security/check-origin";
import { bodyLimitFor, checkDeclaredBodySize } from "@/lib/security/body-limit";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/security/content-security-policy";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const host = hostRefusal(request.headers.get("host"), request.headers.get("x-forwarded-host"));
  if (host) return refuse(421, "misdirected", host);
  const origin = checkOrigin(originHeadersOf(request), allowedOrigins());
  if (!origin.ok) return refuse(403, origin.code, origin.message);
  const size = checkDeclaredBodySize(request.headers.get("content-length"), bodyLimitFor(request.method, request.nextUrl.pathname));
  if (!size.ok) return refuse(413, size.code, size.message);
  const access = await checkAccess(request.nextUrl.pathname, request.method, request.headers);
  if (access.kind !== "pass") return refuseAccess(request, access);

  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withSecurityHeaders(response, policy);
}

function refuseAccess(request: NextRequest, access: Exclude<AccessOutcome, { kind: "pass" }>): NextResponse {
  if (access.kind === "setup") return redirect(new URL("/setup", request.url));
  if (access.kind === "sign-in") {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return redirect(target);
  }
  if (access.page && access.status === 403) {
    const response = NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403 });
    return withSecurityHeaders(response, contentSecurityPolicy({ nonce: createNonce(), development: false }));
  }
  return refuse(access.status, access.code, access.message);
}

function redirect(url: URL): NextResponse {
  return withSecurityHeaders(NextResponse.redirect(url, 303), contentSecurityPolicy({ nonce: createNonce(), development: false }));
}

function refuse(status: number, code: string, message: string): NextResponse {
  const response = NextResponse.json({ error: { code, message } }, { status });
  return withSecurityHeaders(response, contentSecurityPolicy({ nonce: createNonce(), development: false }));
}

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets: pages (and their server actions) and /api alike, except
  // /api/memory/import itself (not its sub-paths). Next reads a body into memory before
  // the proxy runs and waits for all of it before the route starts, cut silently at
  // proxyClientMaxBodySize; that route streams files of up to MEMORY_IMPORT_MAX_BYTES to
  // disk, so it makes this file's refusals itself (lib/security/unproxied-route-guard.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/memory/import$).*)"],
};

// Runs before every route (Next 16's proxy, formerly middleware): refuses cross-site
// writes (CSRF) and oversized declared bodies centrally, and gives every response a
// per-request CSP nonce and the security headers. The decisions are pure functions in
// lib/security; this file only wires them to Next.
import { NextResponse, type NextRequest } from "next/server";
import { checkOrigin, originHeadersOf } from "@/lib/security/check-origin";
import { checkDeclaredBodySize } from "@/lib/security/body-limit";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/security/content-security-policy";

export function proxy(request: NextRequest): NextResponse {
  const origin = checkOrigin(originHeadersOf(request), allowedOrigins());
  if (!origin.ok) return refuse(403, origin.code, origin.message);
  const size = checkDeclaredBodySize(request.headers.get("content-length"));
  if (!size.ok) return refuse(413, size.code, size.message);

  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withSecurityHeaders(response, policy);
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

/** Extra origins allowed to write, e.g. when a reverse proxy rewrites Host: ALLOWED_ORIGINS=https://a.example,https://b.example */
function allowedOrigins(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
}

export const config = {
  // Everything but build assets: pages (and their server actions) and /api alike.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

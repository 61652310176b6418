import "server-only";
// Wraps better-auth's handler. For POST /api/auth/sign-in/email: a disabled account is
// refused with 403 before a password is checked (no session is created), and an account
// with too many recent failures gets 429 whatever the address. For every answer: cookies
// are marked Secure when the browser came over HTTPS (directly or through a proxy that
// says so in X-Forwarded-Proto); better-auth decides that once from a fixed base URL,
// which Selaras does not have.
import { db } from "@/lib/db";
import { auth } from "./auth";
import { signInThrottle } from "./sign-in-throttle";

export async function handleAuthRequest(request: Request): Promise<Response> {
  return withSecureCookies(request, await handle(request));
}

async function handle(request: Request): Promise<Response> {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/sign-in/email")) return auth().handler(request);
  const email = await emailOf(request.clone());
  if (email) {
    const wait = signInThrottle.retryAfter(email);
    if (wait > 0) return refusal(429, "too-many-requests", "Too many failed sign-ins for this account. Try again later.", { "retry-after": String(wait) });
    const user = await db.user.findUnique({ where: { email }, select: { disabled: true } });
    if (user?.disabled) return refusal(403, "forbidden", "This account is disabled. Ask the owner.");
  }
  const response = await auth().handler(request);
  if (email && response.status === 401) signInThrottle.recordFailure(email);
  if (email && response.ok) signInThrottle.recordSuccess(email);
  return response;
}

function withSecureCookies(request: Request, response: Response): Response {
  const https = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const cookies = response.headers.getSetCookie();
  if (!https || cookies.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) headers.append("set-cookie", /;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message }, code, message }, { status, headers });
}

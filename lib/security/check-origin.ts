// CSRF defence for every state-changing request (route handlers and server actions),
// decided from headers alone so proxy.ts can refuse before any handler runs.
//
// The rule:
// - GET, HEAD and OPTIONS never change state and always pass.
// - Any other method with an Origin header passes only when that origin's host is the
//   host the request was sent to (Host, or X-Forwarded-Host behind a reverse proxy), or
//   one of the explicitly allowed origins. `Origin: null` (sandboxed frames, file: pages,
//   some redirects) is refused: it names no one we could trust.
// - Without an Origin header, the request passes only when the browser says it is not
//   cross-site: no Sec-Fetch-Site at all (curl, the CLI, scripts, old clients — none of
//   which carry a victim's ambient credentials) or Sec-Fetch-Site `same-origin`/`none`.
//   A browser sending `cross-site` or `same-site` without an Origin is refused, and so is
//   any request carrying a session cookie (and no API token) without an Origin: a
//   signed-in browser always sends one on writes, so its absence means a forged request.
//
// The scheme is not compared: behind a TLS-terminating proxy the app sees http while
// the browser says https, and an attacker cannot choose the Host a browser sends.
// Trusting X-Forwarded-Host is safe here: a cross-site page cannot set that header
// without a CORS preflight, which this app never approves.

export type OriginHeaders = {
  method: string;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  secFetchSite: string | null;
  /** A better-auth session cookie came with the request and no Authorization header. */
  cookieSession?: boolean;
};

export type OriginDecision = { ok: true } | { ok: false; code: "forbidden"; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const NON_CROSS_SITE = new Set(["same-origin", "none"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

export function checkOrigin(request: OriginHeaders, allowedOrigins: readonly string[] = []): OriginDecision {
  if (isSafeMethod(request.method)) return { ok: true };
  const origin = request.origin?.trim() ?? "";
  if (origin === "") {
    if (request.cookieSession) return refuse("A signed-in request without an Origin header cannot change data.");
    const site = request.secFetchSite?.trim().toLowerCase() ?? "";
    if (site === "" || NON_CROSS_SITE.has(site)) return { ok: true };
    return refuse(`A ${site} request without an Origin header cannot change data.`);
  }
  if (origin.toLowerCase() === "null") return refuse("Requests from an opaque origin (Origin: null) cannot change data.");
  const originHost = hostOf(origin);
  if (!originHost) return refuse("The Origin header is not a valid origin.");
  if (allowedOrigins.some((allowed) => sameOrigin(allowed, origin))) return { ok: true };
  const targets = [firstForwarded(request.forwardedHost), request.host].map(normalizeHost).filter((h) => h !== "");
  if (targets.includes(originHost)) return { ok: true };
  return refuse(`Requests from ${origin} cannot change data on this server.`);
}

/** Extra origins allowed to write, e.g. when a reverse proxy rewrites Host: ALLOWED_ORIGINS=https://a.example,https://b.example */
export function allowedOrigins(value: string | undefined = process.env.ALLOWED_ORIGINS): string[] {
  return (value ?? "").split(",").map((o) => o.trim()).filter(Boolean);
}

/** Reads the headers checkOrigin needs from a Fetch API request. */
export function originHeadersOf(request: Request): OriginHeaders {
  const h = request.headers;
  return {
    method: request.method,
    origin: h.get("origin"),
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
    secFetchSite: h.get("sec-fetch-site"),
    cookieSession: !h.has("authorization") && /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(h.get("cookie") ?? ""),
  };
}

/** host[:port] of an http(s) origin, lower-cased, default ports dropped; null when invalid. */
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (url.username || url.password || url.hostname === "" || url.pathname !== "/") return null;
    return withoutDefaultPort(url.host.toLowerCase());
  } catch {
    return null;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function normalizeHost(host: string | null): string {
  if (!host) return "";
  const trimmed = host.trim().toLowerCase();
  return /^[a-z0-9.\-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/.test(trimmed) ? withoutDefaultPort(trimmed) : "";
}

/** The scheme is not compared, so neither default port counts as part of the host. */
function withoutDefaultPort(host: string): string {
  return host.replace(/:(80|443)$/, "");
}

/** A chain of proxies may append hosts; the first is the one the browser used. */
function firstForwarded(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null;
}

function refuse(message: string): OriginDecision {
  return { ok: false, code: "forbidden", message };
}

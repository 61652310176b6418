// The Content-Security-Policy and companion headers every response carries. A fresh
// nonce per request lets Next's own scripts run (it reads the nonce back from the
// request's CSP header) while any script an article might smuggle into a page cannot.

export type PolicyOptions = { nonce: string; development: boolean };

/** 128 random bits, base64: unguessable, and valid inside 'nonce-…'. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': scripts loaded by Next's nonce-bearing scripts are trusted, any
    // other script (inline or from a host) is not. React's dev tooling needs eval in dev only.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles: React renders `style={…}` props as style attributes
    // (progress bars, highlight offsets), which nonces cannot cover, and Next injects
    // inline <style> in development. Styles cannot run code; scripts stay nonce-only.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    // Dev mode's hot reload talks over a WebSocket to the same host.
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    // No upgrade-insecure-requests: self-hosted instances are often plain http on a LAN.
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Headers set on every response next to the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Links out to news sites must not reveal where this instance lives. Not "no-referrer":
  // under it browsers send `Origin: null` on same-origin POSTs, which the CSRF check refuses.
  "Referrer-Policy": "same-origin",
  // frame-ancestors covers modern browsers; this covers the rest.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

// Fetches a web page for ingest without letting a URL reach into our own network
// (SSRF). Every hop — the first URL and each redirect — is resolved and checked, and
// the socket is pinned to the checked addresses. Size and total time are capped.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPublicAddress } from "./ip-ranges";
import { readCappedBody } from "./read-body";
import { resolveTarget, systemResolver, type AddressPolicy, type HostResolver, type ResolvedAddress } from "./resolve-target";

export type FetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string | null; finalUrl: string }
  | {
      ok: false;
      code: "invalid-url" | "scheme" | "blocked-address" | "dns" | "too-many-redirects" | "too-large" | "timeout" | "http-status" | "network";
      message: string;
    };

export type FetchOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Tests only: local test servers live on loopback, which the default policy refuses. */
  isAddressAllowed?: AddressPolicy;
  /** Tests only: answer DNS without the network. */
  resolveHost?: HostResolver;
};

export const FETCH_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  "user-agent": "Mozilla/5.0 (compatible; Selaras/0.1; article reader)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
  "accept-language": "id,en;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { maxBytes, timeoutMs, maxRedirects } = { ...FETCH_DEFAULTS, ...withoutUndefined(options) };
  const policy = options.isAddressAllowed ?? isPublicAddress;
  const resolve = options.resolveHost ?? systemResolver;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const timedOut = (): FetchResult => ({ ok: false, code: "timeout", message: `The site did not answer within ${timeoutMs / 1000} seconds.` });
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = await untilAborted(resolveTarget(current, policy, resolve), deadline.signal);
      if (!target) return timedOut();
      if (!target.ok) return target;
      const response = await get(target.url, target.addresses, deadline.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects >= maxRedirects) {
          return { ok: false, code: "too-many-redirects", message: `The link redirected more than ${maxRedirects} times.` };
        }
        const next = parseUrl(location, target.url);
        if (!next) return { ok: false, code: "invalid-url", message: "The site redirected to an address that is not valid." };
        current = next.href;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        const reason = http.STATUS_CODES[status] ?? "Unknown status";
        return { ok: false, code: "http-status", message: `The site answered HTTP ${status} (${reason}) instead of the page.` };
      }
      const body = await readCappedBody(response, maxBytes);
      if (!body.ok) return body;
      return { ok: true, bytes: body.bytes, contentType: response.headers["content-type"] ?? null, finalUrl: target.url.href };
    }
  } catch (error) {
    if (deadline.signal.aborted) return timedOut();
    return { ok: false, code: "network", message: networkMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** One GET, connected only to pre-checked addresses; no connection pooling across hops. */
function get(url: URL, addresses: readonly ResolvedAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      { headers: HEADERS, agent: false, lookup: pinnedLookup(addresses), signal },
      resolve,
    );
    request.on("error", reject);
  });
}

/**
 * Replaces DNS for this request. Node asks with all:true when it races IPv4 and IPv6
 * (autoSelectFamily), otherwise for a single address; both get only checked addresses.
 * Literal-IP hosts never reach here: Node connects to them directly.
 */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const [first] = addresses;
    if (!first) return callback(new Error("no checked address"), "", 4);
    if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [...addresses]);
    callback(null, first.address, first.family);
  };
}

/** DNS lookups cannot be cancelled; stop waiting for them at the deadline instead. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(null);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function networkMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? "";
  if (code === "ECONNREFUSED") return "The site refused the connection.";
  if (code === "ECONNRESET" || code === "EPIPE") return "The site closed the connection before sending the page.";
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) return `The site's security certificate could not be verified (${code}).`;
  return `Could not load the page${code ? ` (${code})` : ""}.`;
}

/** URL.parse is Node 20.18+; package.json promises 20.9. */
function parseUrl(href: string, base: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { createRequire } from "node:module";
import { UNPROXIED_PATHS } from "./unproxied-route-guard";
import { seedAccounts, type TestAccounts } from "@/lib/test/accounts";

const SITE = "http://127.0.0.1:3210";
let accounts: TestAccounts;

beforeAll(async () => {
  accounts = await seedAccounts();
});

/** As the owner with an API token, so these cases test the origin rules, not access. */
function call(method: string, headers: Record<string, string>, path = "/api/documents") {
  const authorization = `Bearer ${accounts.owner.token}`;
  return proxy(new NextRequest(`${SITE}${path}`, { method, headers: { host: "127.0.0.1:3210", authorization, ...headers } }));
}

describe("the proxy's matcher, compiled by Next itself", () => {
  // Next's own matcher compiler (not in its public types), so the test reads the matcher as the server does.
  const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info.js") as {
    getMiddlewareMatchers: (matcher: readonly string[], nextConfig: { i18n: null; basePath: string }) => { regexp: string }[];
  };
  const matchers = getMiddlewareMatchers(config.matcher, { i18n: null, basePath: "" });
  const runsOn = (path: string) => matchers.some((m) => new RegExp(m.regexp).test(path));

  it("runs on pages and the API, not on build assets", () => {
    for (const path of ["/", "/memory", "/api/documents", "/api/memory/import/abc", "/api/memory/imports", "/documents/x/edit"]) expect(runsOn(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/favicon.ico"]) expect(runsOn(path), path).toBe(false);
  });

  // Next buffers a proxied request's whole body in memory (cut at proxyClientMaxBodySize)
  // before the route runs: the streamed memory upload must not pass through it.
  it.each(UNPROXIED_PATHS)("skips %s, whose handler makes the proxy's refusals itself", (path) => {
    expect(runsOn(path)).toBe(false);
  });
});

describe("proxy", () => {
  it.each<[string, string, Record<string, string>, number | "next"]>([
    ["same-origin POST passes", "POST", { origin: SITE, "sec-fetch-site": "same-origin" }, "next"],
    ["curl POST without Origin passes", "POST", {}, "next"],
    ["cross-site POST", "POST", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, 403],
    ["Origin: null PATCH", "PATCH", { origin: "null" }, 403],
    ["cross-site DELETE without Origin", "DELETE", { "sec-fetch-site": "cross-site" }, 403],
    ["server action from a foreign page", "POST", { origin: "https://evil.example", "next-action": "abc" }, 403],
    ["GET from a foreign page passes (never changes state)", "GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, "next"],
    ["declared body over the limit", "POST", { origin: SITE, "content-length": String(50 * 1024 * 1024) }, 413],
  ])("%s", async (_name, method, headers, expected) => {
    const response = await call(method, headers);
    if (expected === "next") {
      expect(response.headers.get("x-middleware-next")).toBe("1");
      return;
    }
    expect(response.status).toBe(expected);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(expected === 403 ? "forbidden" : "too-large");
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it("sets a fresh nonce CSP on the response and on the request Next renders with", async () => {
    const first = await call("GET", {}, "/");
    const second = await call("GET", {}, "/");
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toBe(second.headers.get("content-security-policy"));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(policy.match(/'nonce-([^']+)'/)?.[1]);
  });

  it.each([["X-Content-Type-Options", "nosniff"], ["Referrer-Policy", "same-origin"], ["X-Frame-Options", "DENY"]])(
    "sets %s on passed and refused responses",
    async (name, value) => {
      expect((await call("GET", {}, "/")).headers.get(name)).toBe(value);
      expect((await call("POST", { origin: "null" })).headers.get(name)).toBe(value);
    },
  );

  // DNS rebinding: the attacker's page controls Host and Origin alike, so they match.
  it.each<[string, Record<string, string>]>([
    ["foreign Host with a matching Origin", { host: "evil.example:3210", origin: "http://evil.example:3210" }],
    ["foreign Host on a read", { host: "rebind.example" }],
    ["allowed Host but a foreign X-Forwarded-Host", { "x-forwarded-host": "evil.example" }],
    ["malformed Host", { host: "a b" }],
  ])("%s gets 421 and reaches no route", async (_name, headers) => {
    const response = await call(headers.origin ? "POST" : "GET", headers);
    expect(response.status).toBe(421);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("misdirected");
  });

  it.each(["localhost:3210", "127.0.0.1", "[::1]:8080", "LOCALHOST"])("Host %s is allowed (any port)", async (host) => {
    expect((await call("GET", { host })).headers.get("x-middleware-next")).toBe("1");
  });

  it("a cookie session writing without an Origin header gets 403", async () => {
    const request = new NextRequest(`${SITE}/api/documents`, { method: "POST", headers: { host: "127.0.0.1:3210", cookie: accounts.editor.cookie } });
    const response = await proxy(request);
    expect(response.status).toBe(403);
  });

  it("a cookie session writing with the matching Origin passes", async () => {
    const request = new NextRequest(`${SITE}/api/documents`, { method: "POST", headers: { host: "127.0.0.1:3210", origin: SITE, cookie: accounts.editor.cookie } });
    expect((await proxy(request)).headers.get("x-middleware-next")).toBe("1");
  });
});

import { describe, expect, it } from "vitest";
import { checkOrigin, isSafeMethod, originHeadersOf, type OriginHeaders } from "./check-origin";

const base: OriginHeaders = { method: "POST", origin: null, host: "127.0.0.1:3000", forwardedHost: null, secFetchSite: null };

describe("checkOrigin", () => {
  it.each<[string, Partial<OriginHeaders>, boolean]>([
    // Safe methods never change state.
    ["GET from anywhere", { method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }, true],
    ["HEAD with Origin: null", { method: "HEAD", origin: "null" }, true],
    ["OPTIONS preflight", { method: "OPTIONS", origin: "https://evil.example" }, true],
    // Same origin.
    ["POST same origin", { origin: "http://127.0.0.1:3000", secFetchSite: "same-origin" }, true],
    ["PATCH same origin, mixed case", { method: "patch", origin: "HTTP://127.0.0.1:3000" }, true],
    ["DELETE same host via https", { method: "DELETE", origin: "https://selaras.local", host: "selaras.local" }, true],
    ["default port in Host", { origin: "https://selaras.local", host: "selaras.local:443" }, true],
    ["behind a reverse proxy", { origin: "https://news.example.org", host: "127.0.0.1:3000", forwardedHost: "news.example.org" }, true],
    ["first of several forwarded hosts", { origin: "https://a.example", forwardedHost: "a.example, internal:3000" }, true],
    // Foreign origins.
    ["foreign origin", { origin: "https://evil.example", secFetchSite: "cross-site" }, false],
    ["foreign port", { origin: "http://127.0.0.1:4000" }, false],
    ["look-alike suffix", { origin: "http://127.0.0.1:3000.evil.example" }, false],
    ["subdomain is same-site, not same-origin", { origin: "https://a.selaras.local", host: "selaras.local", secFetchSite: "same-site" }, false],
    ["Origin: null", { origin: "null" }, false],
    ["Origin: NULL", { origin: "NULL", secFetchSite: "cross-site" }, false],
    ["non-http origin", { origin: "file://", host: "" }, false],
    ["garbage origin", { origin: "not a url" }, false],
    ["origin with credentials", { origin: "http://user:pw@127.0.0.1:3000" }, false],
    ["no host header to compare with", { origin: "http://127.0.0.1:3000", host: null }, false],
    ["header-injection in Host", { origin: "http://a", host: "a\r\nx: y" }, false],
    // Missing Origin.
    ["curl / CLI: no Origin, no Sec-Fetch-Site", {}, true],
    ["browser same-origin without Origin", { secFetchSite: "same-origin" }, true],
    ["user-typed navigation (none)", { secFetchSite: "none" }, true],
    ["browser cross-site without Origin", { secFetchSite: "cross-site" }, false],
    ["browser same-site without Origin", { secFetchSite: "same-site" }, false],
    ["empty Origin counts as missing", { origin: " ", secFetchSite: "cross-site" }, false],
  ])("%s → %s", (_name, headers, allowed) => {
    expect(checkOrigin({ ...base, ...headers }).ok).toBe(allowed);
  });

  it("refusals carry the forbidden code and a message", () => {
    const decision = checkOrigin({ ...base, origin: "https://evil.example" });
    expect(decision).toEqual({ ok: false, code: "forbidden", message: expect.stringContaining("https://evil.example") });
  });

  it.each([
    ["listed origin", "https://editor.example", true],
    ["listed origin, other scheme", "http://editor.example", false],
    ["unlisted origin", "https://other.example", false],
  ])("allowed origins: %s", (_name, origin, allowed) => {
    expect(checkOrigin({ ...base, origin }, ["https://editor.example"]).ok).toBe(allowed);
  });
});

describe("isSafeMethod", () => {
  it.each([["GET", true], ["head", true], ["OPTIONS", true], ["POST", false], ["PUT", false], ["PATCH", false], ["DELETE", false]])(
    "%s → %s",
    (method, safe) => expect(isSafeMethod(method)).toBe(safe),
  );
});

describe("originHeadersOf", () => {
  it("reads the method and the four headers from a Request", () => {
    const request = new Request("http://127.0.0.1:3000/api/documents", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-host": "a.example", "sec-fetch-site": "same-origin" },
    });
    expect(originHeadersOf(request)).toEqual({
      method: "POST",
      origin: "http://127.0.0.1:3000",
      host: "127.0.0.1:3000",
      forwardedHost: "a.example",
      secFetchSite: "same-origin",
      cookieSession: false,
    });
  });

  it.each<[string, Record<string, string>, boolean]>([
    ["a session cookie", { cookie: "a=1; better-auth.session_token=abc" }, true],
    ["the secure-prefixed cookie", { cookie: "__Secure-better-auth.session_token=abc" }, true],
    ["a cookie and a token (the token decides)", { cookie: "better-auth.session_token=abc", authorization: "Bearer slr_x" }, false],
    ["a look-alike cookie name", { cookie: "xbetter-auth.session_token=abc" }, false],
    ["no cookie", {}, false],
  ])("cookieSession with %s", (_name, headers, expected) => {
    expect(originHeadersOf(new Request("http://127.0.0.1/api/documents", { method: "POST", headers })).cookieSession).toBe(expected);
  });
});

describe("a cookie session without an Origin", () => {
  it.each<[string, Partial<OriginHeaders>, boolean]>([
    ["is refused on a write", { cookieSession: true }, false],
    ["is refused even with Sec-Fetch-Site same-origin", { cookieSession: true, secFetchSite: "same-origin" }, false],
    ["passes with the matching Origin", { cookieSession: true, origin: "http://127.0.0.1:3000" }, true],
    ["passes on a read", { cookieSession: true, method: "GET" }, true],
  ])("%s", (_name, headers, allowed) => {
    expect(checkOrigin({ ...base, ...headers }).ok).toBe(allowed);
  });
});

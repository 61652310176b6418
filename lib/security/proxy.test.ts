import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const SITE = "http://127.0.0.1:3210";

function call(method: string, headers: Record<string, string>, path = "/api/documents") {
  return proxy(new NextRequest(`${SITE}${path}`, { method, headers: { host: "127.0.0.1:3210", ...headers } }));
}

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
    const response = call(method, headers);
    if (expected === "next") {
      expect(response.headers.get("x-middleware-next")).toBe("1");
      return;
    }
    expect(response.status).toBe(expected);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(expected === 403 ? "forbidden" : "too-large");
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it("sets a fresh nonce CSP on the response and on the request Next renders with", () => {
    const first = call("GET", {}, "/");
    const second = call("GET", {}, "/");
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toBe(second.headers.get("content-security-policy"));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(policy.match(/'nonce-([^']+)'/)?.[1]);
  });

  it.each([["X-Content-Type-Options", "nosniff"], ["Referrer-Policy", "same-origin"], ["X-Frame-Options", "DENY"]])(
    "sets %s on passed and refused responses",
    (name, value) => {
      expect(call("GET", {}, "/").headers.get(name)).toBe(value);
      expect(call("POST", { origin: "null" }).headers.get(name)).toBe(value);
    },
  );
});

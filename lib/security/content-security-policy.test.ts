import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => {
    const [name = "", ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123==", development: false }));
  const development = directives(contentSecurityPolicy({ nonce: "abc123==", development: true }));

  it.each<[string, string[]]>([
    ["script-src", ["'self'", "'nonce-abc123=='", "'strict-dynamic'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'"]],
    ["default-src", ["'self'"]],
    ["connect-src", ["'self'"]],
  ])("production %s", (name, sources) => {
    expect(production.get(name)).toEqual(sources);
  });

  it.each([
    ["script-src never allows inline scripts", "script-src", "'unsafe-inline'"],
    ["script-src never allows eval in production", "script-src", "'unsafe-eval'"],
    ["no wildcard scripts", "script-src", "*"],
    ["no data: scripts", "script-src", "data:"],
  ])("%s", (_name, directive, source) => {
    expect(production.get(directive)).not.toContain(source);
  });

  it("allows eval and the hot-reload socket only in development", () => {
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("connect-src")).toContain("ws:");
  });

  it("puts the given nonce in the policy", () => {
    expect(contentSecurityPolicy({ nonce: "N0nce+/=", development: false })).toContain("'nonce-N0nce+/='");
  });
});

describe("createNonce", () => {
  it("is base64 of 16 bytes and different every call", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("SECURITY_HEADERS", () => {
  it.each([
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
    ["X-Frame-Options", "DENY"],
  ])("%s: %s", (name, value) => {
    expect(SECURITY_HEADERS[name]).toBe(value);
  });
});

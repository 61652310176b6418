import { describe, expect, it } from "vitest";
import { bodyLimitFor, checkDeclaredBodySize, MAX_REQUEST_BODY_BYTES } from "./body-limit";
import { resetEnvCache } from "@/lib/env";
import { MAX_INPUT_BYTES } from "@/lib/limits";

describe("checkDeclaredBodySize", () => {
  it.each<[string, string | null, boolean]>([
    ["no Content-Length (chunked)", null, true],
    ["empty header", "", true],
    ["zero", "0", true],
    ["exactly the input limit", String(MAX_INPUT_BYTES), true],
    ["at the body limit", String(MAX_REQUEST_BODY_BYTES), true],
    ["one byte over", String(MAX_REQUEST_BODY_BYTES + 1), false],
    ["a gigabyte", String(1024 ** 3), false],
    ["malformed is left to the server", "12abc", true],
  ])("%s → ok=%s", (_name, header, ok) => {
    expect(checkDeclaredBodySize(header).ok).toBe(ok);
  });

  it("names the limit in its message", () => {
    expect(checkDeclaredBodySize(String(10 * 1024 * 1024))).toEqual({ ok: false, code: "too-large", message: expect.stringContaining("2 MB") });
  });
});

describe("bodyLimitFor", () => {
  it.each<[string, string, number]>([
    ["POST", "/api/memory/import", 1024 ** 3 + 64 * 1024],
    ["POST", "/api/memory/import?format=tmx&name=a.tmx", 1024 ** 3 + 64 * 1024],
    ["GET", "/api/memory/import", MAX_REQUEST_BODY_BYTES],
    ["POST", "/api/memory/import/abc", MAX_REQUEST_BODY_BYTES],
    ["POST", "/api/memory/imports", MAX_REQUEST_BODY_BYTES],
    ["POST", "/api/documents", MAX_REQUEST_BODY_BYTES],
  ])("%s %s → %s bytes", (method, url, maxBytes) => {
    expect(bodyLimitFor(method, url).maxBytes).toBe(maxBytes);
  });

  it("follows MEMORY_IMPORT_MAX_BYTES and names it in the refusal", () => {
    process.env.MEMORY_IMPORT_MAX_BYTES = String(5 * 1024 * 1024);
    resetEnvCache();
    try {
      const limit = bodyLimitFor("POST", "/api/memory/import");
      expect(checkDeclaredBodySize(String(5 * 1024 * 1024), limit).ok).toBe(true);
      expect(checkDeclaredBodySize(String(6 * 1024 * 1024), limit)).toEqual({ ok: false, code: "too-large", message: "The request is larger than the 5 MiB memory-import limit." });
    } finally {
      delete process.env.MEMORY_IMPORT_MAX_BYTES;
      resetEnvCache();
    }
  });
});

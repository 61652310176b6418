import { describe, expect, it } from "vitest";
import { checkDeclaredBodySize, MAX_REQUEST_BODY_BYTES } from "./body-limit";
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

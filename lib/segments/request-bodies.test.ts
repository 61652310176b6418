import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBody } from "@/lib/http/read-json-body";
import { MAX_TARGET_CHARS, saveBody, splitBody } from "./request-bodies";

const request = (body: string) => new Request("http://localhost/api/segments/x", { method: "PATCH", body });

describe("saveBody", () => {
  it.each([
    ["a plain save", { target: "Hello.", version: 3 }],
    ["an approval", { target: "Hello.", status: "approved", version: 0 }],
    ["an empty translation", { target: "", version: 1 }],
    ["the longest allowed text", { target: "x".repeat(MAX_TARGET_CHARS), version: 1 }],
  ])("accepts %s", async (_name, body) => {
    await expect(readBody(request(JSON.stringify(body)), saveBody)).resolves.toEqual(body);
  });

  it.each([
    ["not JSON", "{target"],
    ["no version", JSON.stringify({ target: "x" })],
    ["a negative version", JSON.stringify({ target: "x", version: -1 })],
    ["a fractional version", JSON.stringify({ target: "x", version: 1.5 })],
    ["a machine status", JSON.stringify({ target: "x", status: "machine", version: 1 })],
    ["a too-long text", JSON.stringify({ target: "x".repeat(MAX_TARGET_CHARS + 1), version: 1 })],
    ["a null target", JSON.stringify({ target: null, version: 1 })],
  ])("refuses %s with invalid-input", async (_name, body) => {
    const error = await readBody(request(body), saveBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid-input");
  });
});

describe("splitBody", () => {
  it.each([
    [{ version: 1, sourceAt: 4, targetAt: 0 }, true],
    [{ version: 1, sourceAt: -1, targetAt: 0 }, false],
    [{ version: 1, sourceAt: 4 }, false],
  ])("%j valid: %s", (body, valid) => {
    expect(splitBody.safeParse(body).success).toBe(valid);
  });
});

import { describe, expect, it } from "vitest";
import { isErrorCode, readApiFailure } from "./api-error";

describe("readApiFailure", () => {
  const cases: { name: string; body: unknown; expected: ReturnType<typeof readApiFailure> }[] = [
    {
      name: "known code with message",
      body: { error: { code: "too-large", message: "The text is 3.0 MB; the limit is 2.0 MB." } },
      expected: { code: "too-large", serverMessage: "The text is 3.0 MB; the limit is 2.0 MB." },
    },
    { name: "known code, no message", body: { error: { code: "binary-file" } }, expected: { code: "binary-file", serverMessage: null } },
    { name: "blank message counts as none", body: { error: { code: "forbidden", message: "  " } }, expected: { code: "forbidden", serverMessage: null } },
    { name: "unknown code keeps the message", body: { error: { code: "teapot", message: "I am a teapot" } }, expected: { code: "unknown", serverMessage: "I am a teapot" } },
    { name: "code that is an Object prototype key", body: { error: { code: "toString" } }, expected: { code: "unknown", serverMessage: null } },
    { name: "HTML error page parsed as null", body: null, expected: { code: "unknown", serverMessage: null } },
    { name: "string body", body: "Internal Server Error", expected: { code: "unknown", serverMessage: null } },
    { name: "error is a string", body: { error: "boom" }, expected: { code: "unknown", serverMessage: null } },
    { name: "array body", body: [{ error: { code: "not-found" } }], expected: { code: "unknown", serverMessage: null } },
  ];
  it.each(cases)("$name", ({ body, expected }) => {
    expect(readApiFailure(body)).toEqual(expected);
  });
});

describe("isErrorCode", () => {
  it.each([
    { value: "empty-input", expected: true },
    { value: "fetch-refused", expected: true },
    { value: "network", expected: false },
    { value: "constructor", expected: false },
    { value: 404, expected: false },
  ])("$value → $expected", ({ value, expected }) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});

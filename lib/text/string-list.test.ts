import { describe, expect, it } from "vitest";
import { addVariants, parseStringList, withFlag } from "./string-list";

describe("parseStringList", () => {
  it.each([
    ['["Korut","Korea Utara"]', ["Korut", "Korea Utara"]],
    ["[]", []],
    ['["a", 3, null, "b"]', ["a", "b"]],
    ['{"a":1}', []],
    ["not json", []],
    ["", []],
  ])("%s", (json, expected) => {
    expect(parseStringList(json)).toEqual(expected);
  });
});

describe("addVariants", () => {
  it.each([
    { source: "Kim Jong Un", variants: [], surfaces: ["Kim Jong-un", "Kim Jong Un"], expected: ["Kim Jong-un"] },
    { source: "Kim Jong Un", variants: ["Kim"], surfaces: ["Kim", "Kim Jong-un"], expected: ["Kim", "Kim Jong-un"] },
    { source: "Korea Utara", variants: ["Korea Utara"], surfaces: [], expected: [] },
    { source: "Putin", variants: [], surfaces: ["  ", " Vladimir Putin "], expected: ["Vladimir Putin"] },
  ])("$source + $surfaces", ({ source, variants, surfaces, expected }) => {
    expect(addVariants(source, variants, surfaces)).toEqual(expected);
  });
});

describe("withFlag", () => {
  it.each([
    [[], "term-mismatch", true, ["term-mismatch"]],
    [["term-mismatch"], "term-mismatch", true, ["term-mismatch"]],
    [["other", "term-mismatch"], "term-mismatch", false, ["other"]],
    [["other"], "term-mismatch", false, ["other"]],
  ] as const)("%j %s %s", (flags, flag, on, expected) => {
    expect(withFlag(flags, flag, on)).toEqual(expected);
  });
});

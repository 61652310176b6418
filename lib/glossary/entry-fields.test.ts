import { describe, expect, it } from "vitest";
import { addVariants, asEntityType, asTargetOrigin, parseStringList, renderingOf, withFlag } from "./entry-fields";

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

describe("column readers", () => {
  it.each([
    ["person", "person"],
    ["organisation", "organisation"],
    ["organization", "other"],
    ["", "other"],
  ])("type %s → %s", (value, expected) => {
    expect(asEntityType(value)).toBe(expected);
  });

  it.each([
    ["user", "user"],
    ["gazetteer", "gazetteer"],
    ["name", "name"],
    ["weird", "name"],
  ])("origin %s → %s", (value, expected) => {
    expect(asTargetOrigin(value)).toBe(expected);
  });
});

describe("renderingOf", () => {
  it.each([
    [{ source: "Moskow", target: "Moscow", doNotTranslate: false }, "Moscow"],
    [{ source: "Tentara Merah Soviet", target: null, doNotTranslate: false }, null],
    [{ source: "SeaPRwire", target: "Sea PR Wire", doNotTranslate: true }, "SeaPRwire"],
    [{ source: "Kompas", target: null, doNotTranslate: true }, "Kompas"],
  ])("%j → %s", (entry, expected) => {
    expect(renderingOf(entry)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { listQuery, mergeBody, patchBody, splitBody } from "./request-bodies";

describe("patchBody", () => {
  it.each([
    [{ target: "North Korea" }, true],
    [{ target: null, notes: null }, true],
    [{ type: "person", doNotTranslate: true }, true],
    [{ source: "  Korea Utara " }, true],
    [{}, true],
    [{ type: "city" }, false],
    [{ source: "   " }, false],
    [{ doNotTranslate: "yes" }, false],
    [{ key: "other" }, false],
    [{ target: "x".repeat(301) }, false],
  ])("%j → %s", (body, ok) => {
    expect(patchBody.safeParse(body).success).toBe(ok);
  });
});

describe("mergeBody and splitBody", () => {
  it.each([
    [mergeBody, { keepId: "a", mergeId: "b" }, true],
    [mergeBody, { keepId: "a" }, false],
    [mergeBody, { keepId: "", mergeId: "b" }, false],
    [splitBody, { variant: "Kim" }, true],
    [splitBody, { variant: "" }, false],
    [splitBody, {}, false],
  ])("%#: %j → %s", (schema, body, ok) => {
    expect(schema.safeParse(body).success).toBe(ok);
  });
});

describe("listQuery", () => {
  it.each([
    [{}, { format: "json", header: false }],
    [{ format: "tsv", header: "1" }, { format: "tsv", header: true }],
    [{ format: "glossary", type: "place", q: "korea" }, { format: "glossary", type: "place", q: "korea", header: false }],
  ])("%j", (query, expected) => {
    expect(listQuery.parse(query)).toEqual(expected);
  });

  it.each([{ format: "xml" }, { type: "city" }])("refuses %j", (query) => {
    expect(listQuery.safeParse(query).success).toBe(false);
  });
});

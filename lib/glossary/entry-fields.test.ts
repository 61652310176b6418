import { describe, expect, it } from "vitest";
import { asEntityType, asTargetOrigin, renderingOf } from "./entry-fields";

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

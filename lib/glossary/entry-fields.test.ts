import { describe, expect, it } from "vitest";
import { renderingLine, renderingOf } from "./entry-fields";

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

describe("renderingLine", () => {
  const entry = { source: "Tentara Merah Soviet", target: null, targetOrigin: "name" as const, doNotTranslate: false };
  it.each([
    ["no English: says nothing about an origin", entry, { english: null, note: null }],
    ["an English-looking name is its own rendering", { ...entry, source: "Korea Research Institute for National Strategy" }, { english: "Korea Research Institute for National Strategy", note: "name" }],
    ["a person's name", { ...entry, source: "Dmitry Peskov", target: "Dmitry Peskov" }, { english: "Dmitry Peskov", note: "name" }],
    ["a chosen rendering", { ...entry, target: "Soviet Red Army", targetOrigin: "user" as const }, { english: "Soviet Red Army", note: "user" }],
    ["do not translate", { ...entry, doNotTranslate: true }, { english: "Tentara Merah Soviet", note: "doNotTranslate" }],
  ])("%s", (_name, input, expected) => {
    expect(renderingLine(input)).toEqual(expected);
  });
});

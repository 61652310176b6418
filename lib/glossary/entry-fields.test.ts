import { describe, expect, it } from "vitest";
import { renderingOf } from "./entry-fields";

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

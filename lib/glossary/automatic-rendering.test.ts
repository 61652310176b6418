import { describe, expect, it } from "vitest";
import { automaticRendering } from "./automatic-rendering";

describe("automaticRendering", () => {
  it.each([
    [{ key: "korea utara", type: "place", source: "Korea Utara" }, { target: "North Korea", targetOrigin: "gazetteer" }],
    [{ key: "moskow", type: "place", source: "Moskow" }, { target: "Moscow", targetOrigin: "gazetteer" }],
    [{ key: "dmitry peskov", type: "person", source: "Dmitry Peskov" }, { target: "Dmitry Peskov", targetOrigin: "name" }],
    [
      { key: "korea research institute for national strategy", type: "organisation", source: "Korea Research Institute for National Strategy" },
      { target: "Korea Research Institute for National Strategy", targetOrigin: "name" },
    ],
    [{ key: "tentara merah soviet", type: "organisation", source: "Tentara Merah Soviet" }, { target: null, targetOrigin: "name" }],
  ] as const)("%j", (entry, expected) => {
    expect(automaticRendering(entry)).toEqual(expected);
  });
});

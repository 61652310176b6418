import { describe, expect, it } from "vitest";
import { entityKey } from "./entity-key";

describe("entityKey", () => {
  it.each([
    ["Kim Jong-un", "kim jong un"],
    ["Kim Jong Un", "kim jong un"],
    ["KIM JONG UN", "kim jong un"],
    ["Korut", "korea utara"],
    ["Korea Utara", "korea utara"],
    ["Korsel", "korea selatan"],
    ["AS", "amerika serikat"],
    ["U.S.", "amerika serikat"],
    ["Amerika Serikat", "amerika serikat"],
    ["RI", "indonesia"],
    ["PBB", "perserikatan bangsa bangsa"],
    ["Tiongkok", "tiongkok"],
    ["China", "tiongkok"],
    ["Moskwa", "moskow"],
    ["Putin", "vladimir putin"],
    ["Presiden Vladimir Putin", "vladimir putin"],
    ["Putin-nya", "vladimir putin"],
    ["Erdoğan", "recep tayyip erdogan"],
    ["Moon Seong Mook", "moon seong mook"],
    ["  Dmitry   Peskov ", "dmitry peskov"],
    // lower-case "as" is an English word, not the United States
    ["as", "as"],
    // a title alone is kept rather than folded to nothing
    ["Presiden", "presiden"],
  ])("%s → %s", (surface, key) => {
    expect(entityKey(surface)).toBe(key);
  });
});

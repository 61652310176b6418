import { describe, expect, it } from "vitest";
import { foldSearch } from "./fold-search";

describe("foldSearch", () => {
  it.each([
    ["Kim Jong-un", "kim jong un"],
    ["  KOREA   Utara ", "korea utara"],
    ["São Paulo", "sao paulo"],
    ["Xi Jin–ping", "xi jin ping"],
    ["Ma'ruf Amin", "maruf amin"],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(foldSearch(text)).toBe(expected);
  });
});

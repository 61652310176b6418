import { describe, expect, it } from "vitest";
import { looksEnglishName } from "./english-name";

describe("looksEnglishName", () => {
  it.each([
    ["Korea Research Institute for National Strategy", true],
    ["The Korea Times", true],
    ["Bank of Korea", true],
    ["Seoul National University", true],
    ["Bank Indonesia", false],
    ["Forum Rektor Indonesia", false],
    ["Kementerian Pertahanan Rusia", false],
    ["Tentara Merah Soviet", false],
    ["Institute", false],
    ["Dmitry Peskov", false],
  ])("%s → %s", (name, english) => {
    expect(looksEnglishName(name)).toBe(english);
  });
});

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { commonWordsFrom, GENERATED, OUT, REVIEWED } from "../../scripts/build-common-words";
import { isCommonWord } from "./common-words";

describe("isCommonWord", () => {
  it.each([
    ["Pemerintah", true], ["bahasa", true], ["Seperti", true], ["Rancangan", true], ["mengatakan", true],
    ["Trudeau", false], ["Microsoft", false], ["Putra", false], ["Agung", false], ["Juni", false], ["Senin", false], ["", false],
  ])("%s → %s", (word, expected) => {
    expect(isCommonWord(word)).toBe(expected);
  });
});

describe("lib/text/common-words.json", () => {
  it("is what scripts/build-common-words.ts makes from the two lexicon files (run it after editing them)", () => {
    const expected = commonWordsFrom(fs.readFileSync(REVIEWED, "utf8"), fs.readFileSync(GENERATED, "utf8"));
    expect(JSON.parse(fs.readFileSync(OUT, "utf8"))).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it.each([
    ["Korea Utara", [["word", "Korea"], ["space", " "], ["word", "Utara"]]],
    ["negara-negara,", [["word", "negara-negara"], ["other", ","]]],
    ["10.000-12.000 tentara", [["number", "10.000-12.000"], ["space", " "], ["word", "tentara"]]],
    ["awal 1950-an.", [["word", "awal"], ["space", " "], ["number", "1950-an"], ["other", "."]]],
    ["(28/04)", [["other", "("], ["number", "28/04"], ["other", ")"]]],
    ["“Kami,” kata", [["other", "“"], ["word", "Kami"], ["other", ",”"], ["space", " "], ["word", "kata"]]],
    ["Jum'at", [["word", "Jum'at"]]],
    ["", []],
  ])("%j", (sentence, expected) => {
    expect(tokenize(sentence).map((token) => [token.kind, token.text])).toEqual(expected);
  });

  it.each([
    ["(SeaPRwire) – Presiden Rusia pada hari Senin berterima kasih."],
    ["‘Teman-teman Korea Utara bertindak,’ kata presiden Rusia"],
    ["  dua  spasi\tdan tab\n"],
    ["3,5 juta desktop https://www.seaprwire.com/ é́ 🙂"],
  ])("loses nothing: %j", (sentence) => {
    expect(tokenize(sentence).map((token) => token.text).join("")).toBe(sentence);
  });
});

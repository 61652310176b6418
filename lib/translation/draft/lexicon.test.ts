import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLexicon, parseLexiconTsv } from "./lexicon";
import { LEXICON_PATH, loadLexicon } from "./load-lexicon";

describe("parseLexiconTsv", () => {
  it.each([
    ["# header\nnegara\tcountry\tland|state\n", [{ indonesian: "negara", english: "country" }]],
    ["Rusia\tRussia\t\n", [{ indonesian: "Rusia", english: "Russia" }]],
    ["perang saudara\tcivil war\t\n", [{ indonesian: "perang saudara", english: "civil war" }]],
    ["\n# only comments\n", []],
    ["broken line without a gloss\n", []],
  ])("%j", (text, expected) => {
    expect(parseLexiconTsv(text)).toEqual(expected);
  });
});

describe("createLexicon", () => {
  const lexicon = createLexicon([
    { indonesian: "negara", english: "land" },
    { indonesian: "itu", english: "the" },
    { indonesian: "buku", english: "book" },
    { indonesian: "Korea Utara", english: "Northern Korea" },
    { indonesian: "kota besar", english: "metropolis" },
  ]);
  it.each([
    ["hand common word wins", lexicon.words.get("negara"), "country"],
    ["dictionary word kept", lexicon.words.get("buku"), "book"],
    ["function word table", lexicon.functionWords.get("itu"), "that"],
    ["dropped function word", lexicon.functionWords.get("para"), ""],
    ["hand phrase wins, keyed in lower case", lexicon.phrases.get("korea utara"), "North Korea"],
    ["dictionary phrase", lexicon.phrases.get("kota besar"), "metropolis"],
    ["proper noun keeps its capital", lexicon.words.get("Rusia"), "Russia"],
    ["day name is a proper noun", lexicon.words.get("Minggu"), "Sunday"],
    ["common word of the same spelling", lexicon.words.get("minggu"), "week"],
  ])("%s", (_case, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("knows how long the longest phrase is", () => {
    // "Kepala Staf Umum", "pada hari Senin", and the gazetteer's and reviewed list's longer names.
    expect(lexicon.maxPhraseWords).toBe(Math.max(...[...lexicon.phrases.keys()].map((key) => key.split(" ").length)));
  });
});

describe("the committed lexicon file", () => {
  const text = readFileSync(LEXICON_PATH, "utf8");

  it("carries its licence and attribution header", () => {
    const header = text.split("\n").filter((line) => line.startsWith("#")).join("\n");
    expect(header).toContain("FreeDict");
    expect(header).toContain("CC BY-SA 3.0");
    expect(header).toContain("LICENSE.md");
  });

  it("is well under 2 MB and has the licence file beside it", () => {
    expect(statSync(LEXICON_PATH).size).toBeLessThan(1_000_000);
    expect(readFileSync(LEXICON_PATH.replace("id-en.tsv", "LICENSE.md"), "utf8")).toContain("CC BY-SA 3.0");
  });

  it("loads once and holds thousands of headwords", () => {
    const lexicon = loadLexicon();
    expect(loadLexicon()).toBe(lexicon);
    expect(lexicon.words.size).toBeGreaterThan(5000);
    expect(lexicon.words.get("perang")).toBe("war");
  });
});

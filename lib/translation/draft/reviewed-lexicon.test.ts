// The hand-reviewed news forms: the file's shape, and the glosses issue reports found wrong.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glossSentence } from "./gloss-sentence";
import { glossWord } from "./gloss-word";
import { parseReviewedTsv } from "./lexicon";
import { loadLexicon, REVIEWED_PATH } from "./load-lexicon";

const text = readFileSync(REVIEWED_PATH, "utf8");
const entries = parseReviewedTsv(text);

describe("the reviewed lexicon file", () => {
  it("covers at least 2,000 forms, each once, with a root", () => {
    expect(entries.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(entries.map((e) => e.form)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.root, entry.form).toMatch(/^\p{L}[\p{L} -]*$/u);
  });

  it("has three tab-separated columns on every data line", () => {
    const bad = text.split("\n").filter((line) => line !== "" && !line.startsWith("#") && line.split("\t").length !== 3);
    expect(bad).toEqual([]);
  });

  it("carries its licence header and has its README and licence beside it", () => {
    expect(text.split("\n").slice(0, 6).join("\n")).toContain("CC BY-SA 4.0");
    const folder = path.dirname(REVIEWED_PATH);
    expect(existsSync(path.join(folder, "README.md"))).toBe(true);
    expect(readFileSync(path.join(folder, "LICENSE.md"), "utf8")).toContain("CC BY-SA 4.0");
  });
});

describe("glosses that were wrong in the FreeDict inversion", () => {
  const lexicon = loadLexicon();
  const word = (w: string, sentenceInitial = false) => glossWord(w, lexicon, { sentenceInitial });
  it.each([
    ["tahu", "know"], ["pergi", "go"], ["tinggal", "live"], ["makan", "eat"], ["utama", "main"],
    ["apakah", "whether"], ["meminta", "ask"], ["berusaha", "tried"], ["mengembangkan", "develop"],
    ["orang", "people"], ["diberikan", "given"], ["dibuat", "made"], ["peserta", "participants"],
    ["menentukan", "determine"], ["barat", "west"], ["cina", "Chinese"],
  ])("%s → %s", (indonesian, english) => {
    expect(word(indonesian)).toBe(english);
  });

  it.each([
    ["Barat", "West"], ["Kejadian", "Incident"], ["Salju", "Snow"], ["Pemerintah", "Government"],
  ])("capitalised %s at a sentence start takes the lower-case sense: %s", (indonesian, english) => {
    expect(word(indonesian, true)).toBe(english);
  });

  it.each([
    ["digunakan"], ["ujar"], ["berbagai"], ["tim"], ["depan"], ["posisi"], ["publik"], ["kasus"], ["acara"], ["lokasi"],
    ["peluang"], ["bergabung"], ["sisi"], ["studi"], ["transisi"], ["asisten"], ["padamu"], ["padaku"], ["dirinya"],
  ])("%s is translated, not copied", (indonesian) => {
    const gloss = word(indonesian);
    expect(gloss).not.toBeNull();
    expect(gloss).not.toBe(indonesian);
  });

  it.each([
    ["Virginia Barat", "West Virginia"], ["Amerika Utara", "North America"], ["di Pantai Barat", "West Beach"],
  ])("%s keeps its compass word: %s", (indonesian, english) => {
    expect(glossSentence(indonesian, lexicon)).toContain(english);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  requiredWords,
  sentenceSimilarity,
  similarityPercent,
  similarityWords,
  wordCountWindow,
  wordEditDistance,
} from "./similarity";

describe("similarityWords", () => {
  it.each([
    ["", []],
    ["Presiden Jokowi, kemarin.", ["presiden", "jokowi", "kemarin"]],
    ["anak-anak   ber-main 2024", ["anak-anak", "ber-main", "2024"]],
  ])("reads %j", (text, words) => {
    expect(similarityWords(text)).toEqual(words);
  });
});

describe("wordEditDistance", () => {
  it.each([
    [[], [], 0],
    [["a"], [], 1],
    [["a", "b", "c"], ["a", "b", "c"], 0],
    [["a", "b", "c"], ["a", "x", "c"], 1],
    [["a", "b", "c"], ["a", "c"], 1],
    [["a", "b"], ["b", "a"], 2],
    [["kitten"], ["sitting"], 1],
  ])("%j → %j is %i", (a, b, distance) => {
    expect(wordEditDistance(a, b)).toBe(distance);
    expect(wordEditDistance(b, a)).toBe(distance);
  });
});

describe("sentenceSimilarity", () => {
  it.each([
    ["identical ignoring case and punctuation", "Harga beras naik.", "harga beras naik", 1],
    ["one word of four changed", "Harga beras naik lagi.", "Harga gula naik lagi.", 0.75],
    ["one word added to three", "Harga beras naik.", "Harga beras naik lagi.", 0.75],
    ["nothing shared", "Harga beras naik.", "Presiden tiba kemarin.", 0],
    ["both empty", "", "...", 1],
    ["one empty", "", "kata", 0],
  ])("%s", (_name, a, b, expected) => {
    expect(sentenceSimilarity(a, b)).toBeCloseTo(expected, 10);
  });
});

describe("similarityPercent", () => {
  it.each([
    [1, 100],
    [0.999, 99],
    [0.75, 75],
    [0.754, 75],
    [0, 0],
  ])("%d → %i%%", (similarity, percent) => {
    expect(similarityPercent(similarity)).toBe(percent);
  });
});

describe("prefilter bounds", () => {
  it.each([
    ["Harga beras naik.", 0.75, ["beras", "harga"]],
    ["Satu dua tiga empat lima enam tujuh delapan.", 0.75, ["delapan", "empat", "tujuh"]],
  ])("requiredWords(%j)", (text, threshold, words) => {
    expect(requiredWords(text, threshold)).toEqual(words);
  });

  it.each([
    [4, 0.75, { min: 3, max: 5 }],
    [12, 0.75, { min: 9, max: 16 }],
    [0, 0.75, { min: 0, max: 0 }],
  ])("wordCountWindow(%i)", (count, threshold, window) => {
    expect(wordCountWindow(count, threshold)).toEqual(window);
  });

  // The database filter must never drop a sentence the scorer would accept.
  it("never excludes a candidate that reaches the threshold", () => {
    const word = fc.constantFrom("a", "bb", "ccc", "dddd", "eeeee", "ff", "g");
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(sentence, sentence, (text, candidate) => {
        if (sentenceSimilarity(text, candidate) < 0.75) return;
        const words = similarityWords(candidate);
        const window = wordCountWindow(similarityWords(text).length, 0.75);
        expect(words.length).toBeGreaterThanOrEqual(window.min);
        expect(words.length).toBeLessThanOrEqual(window.max);
        expect(requiredWords(text, 0.75).some((w) => words.includes(w))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

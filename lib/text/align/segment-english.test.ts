import { describe, expect, it } from "vitest";
import { segmentEnglish, splitEnglishSentences } from "./segment-english";

describe("splitEnglishSentences", () => {
  it.each([
    ["Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
    ["He arrived on Jan. 5. It rained.", ["He arrived on Jan. 5.", "It rained."]],
    ["Gate No. 3 was shut. No. That was wrong.", ["Gate No. 3 was shut.", "No.", "That was wrong."]],
    ["The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]],
    ["Aid came from the U.S. The rest came later.", ["Aid came from the U.S.", "The rest came later."]],
    ["Prices rose 2.5 percent. Traders were calm.", ["Prices rose 2.5 percent.", "Traders were calm."]],
    ["“Is it over?” she asked. Nobody knew.", ["“Is it over?” she asked.", "Nobody knew."]],
    ["J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]],
    ["Apples, pears, etc. are sold here. Good.", ["Apples, pears, etc. are sold here.", "Good."]],
    ["", []],
  ])("%j", (text, expected) => {
    expect(splitEnglishSentences(text)).toEqual(expected);
  });
});

describe("segmentEnglish", () => {
  it("keeps paragraphs apart", () => {
    expect(segmentEnglish("One. Two.\n\nThree.")).toEqual([["One.", "Two."], ["Three."]]);
  });
});

import { describe, expect, it } from "vitest";
import { glossSpans } from "./gloss-spans";

const words = (english: string, senses: string[]) => glossSpans(english, senses).map((s) => english.slice(s.start, s.end));

describe("glossSpans", () => {
  it.each([
    ["The package was sent to Jakarta.", ["send"], ["sent"]],
    ["Ministers said the trains were full.", ["said", "say"], ["said"]],
    ["The governments of Asia met.", ["government"], ["governments"]],
    ["He arrested two men.", ["arrest", "catch"], ["arrested"]],
    ["Nothing here matches.", ["send"], []],
  ])("%s", (english, senses, expected) => expect(words(english, senses)).toEqual(expected));
  it("takes the first sense that matches anything", () => expect(words("She caught the ball and arrested him.", ["catch", "arrest"])).toEqual(["arrested"]));
  it("ignores stop words in a sense", () => expect(words("the way to the house", ["the house"])).toEqual(["house"]));
});

import { describe, expect, it } from "vitest";
import { tokenise } from "./tokenise";

describe("tokenise", () => {
  it.each([
    ["Kim Jong-un tiba.", ["Kim", "Jong", "un", "tiba"]],
    ["Presiden U.S. Donald Trump", ["Presiden", "U.S.", "Donald", "Trump"]],
    ["Moon S. Mook", ["Moon", "S.", "Mook"]],
    ["Dr. Budi", ["Dr.", "Budi"]],
    ["perang Rusia-Ukraina", ["perang", "Rusia", "Ukraina"]],
    ["Putin-nya", ["Putin", "nya"]],
    ["Côte d'Ivoire", ["Côte", "d'Ivoire"]],
    ["(SeaPRwire) – Presiden", ["SeaPRwire", "Presiden"]],
    ["akhir Putin.", ["akhir", "Putin"]],
  ])("%s", (sentence, words) => {
    expect(tokenise(sentence).map((t) => t.text)).toEqual(words);
  });

  it("keeps offsets and the gap before each word", () => {
    const tokens = tokenise("“Kim Jong-un,” kata");
    expect(tokens.map((t) => [t.start, t.end, t.gap])).toEqual([
      [1, 4, "“"],
      [5, 9, " "],
      [10, 12, "-"],
      [15, 19, ",” "],
    ]);
  });
});

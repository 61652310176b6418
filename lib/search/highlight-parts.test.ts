import { describe, expect, it } from "vitest";
import { MATCH_CLOSE as C, MATCH_OPEN as O, plainText, splitHighlight } from "./highlight-parts";

describe("splitHighlight", () => {
  it.each([
    ["no match", "Banjir di Jakarta", [{ text: "Banjir di Jakarta", match: false }]],
    ["one match in the middle", `Banjir di ${O}Jakarta${C} Utara`, [
      { text: "Banjir di ", match: false },
      { text: "Jakarta", match: true },
      { text: " Utara", match: false },
    ]],
    ["match at both ends", `${O}Banjir${C} di ${O}Jakarta${C}`, [
      { text: "Banjir", match: true },
      { text: " di ", match: false },
      { text: "Jakarta", match: true },
    ]],
    ["adjacent matches join", `${O}Jak${C}${O}arta${C}`, [{ text: "Jakarta", match: true }]],
    ["empty markers vanish", `a${O}${C}b`, [{ text: "ab", match: false }]],
    ["an unclosed marker runs to the end", `a ${O}b c`, [
      { text: "a ", match: false },
      { text: "b c", match: true },
    ]],
    ["HTML stays text", `<b>${O}x${C}</b>`, [
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]],
    ["astral characters survive", `😀 ${O}é${C}`, [
      { text: "😀 ", match: false },
      { text: "é", match: true },
    ]],
    ["empty input", "", []],
  ])("%s", (_label, input, expected) => {
    expect(splitHighlight(input)).toEqual(expected);
  });

  it("plainText drops the markers", () => {
    expect(plainText(splitHighlight(`Banjir di ${O}Jakarta${C}`))).toBe("Banjir di Jakarta");
  });
});

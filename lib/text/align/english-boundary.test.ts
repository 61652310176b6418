import { describe, expect, it } from "vitest";
import { joinEnglish, joinOffset, splitOffset } from "./english-boundary";

describe("joinEnglish", () => {
  it.each<[string | null, string | null, string]>([
    ["One.", "Two.", "One. Two."],
    ["  One. ", " Two.  ", "One. Two."],
    [null, "Two.", "Two."],
    ["One.", null, "One."],
    ["", "   ", ""],
  ])("%j + %j", (first, next, expected) => {
    expect(joinEnglish(first, next)).toBe(expected);
  });
});

describe("joinOffset", () => {
  it.each<[string | null, string | null, number | null]>([
    ["One.", "Two.", "One. Two.".length],
    [null, "Two.", 4],
    ["One.", null, null],
    ["One.", "  ", null],
  ])("%j + %j", (first, next, expected) => {
    expect(joinOffset(first, next)).toBe(expected);
  });
});

describe("splitOffset", () => {
  const text = "Floods hit Demak. Rain is still falling.";
  it.each<[string | null, number, number | null]>([
    [text, text.indexOf("Rain"), text.indexOf("Rain")],
    // A caret just after the full stop cuts before the next word, not in the space.
    [text, text.indexOf(" Rain"), text.indexOf("Rain")],
    [text, 0, 0],
    [text, text.length, null],
    ["  Leading. Words.", 2, 0],
    ["  Leading. Words.", "  Leading. ".length, "Leading. ".length],
    ["Trailing.  ", "Trailing.".length, null],
    [null, 0, null],
  ])("%j at %i", (first, caret, expected) => {
    expect(splitOffset(first, caret)).toBe(expected);
  });

  it("cuts the joined text where the caret was", () => {
    const at = splitOffset(text, text.indexOf("Rain"))!;
    const joined = joinEnglish(text, "Next.");
    expect([cutAt(joined, at)]).toEqual([["Floods hit Demak.", "Rain is still falling. Next."]]);
  });
});

function cutAt(joined: string, at: number): [string, string] {
  return [joined.slice(0, at).trim(), joined.slice(at).trim()];
}

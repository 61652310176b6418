import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { jsonLine, parseJsonLines } from "./jsonl";

describe("jsonLine", () => {
  it.each([
    { name: "object", value: { a: 1, b: "x" }, expected: '{"a":1,"b":"x"}\n' },
    { name: "newline in a string is escaped", value: "a\nb", expected: '"a\\nb"\n' },
    { name: "tab and quotes", value: 'a\t"b"', expected: '"a\\t\\"b\\""\n' },
    { name: "line separators escaped", value: "a\u2028b\u2029c", expected: '"a\\u2028b\\u2029c"\n' },
    { name: "lone surrogate escaped", value: "x\ud800y", expected: '"x\\ud800y"\n' },
    { name: "null", value: null, expected: "null\n" },
  ])("$name", ({ value, expected }) => {
    expect(jsonLine(value)).toBe(expected);
  });

  it("refuses a value with no JSON form", () => {
    expect(() => jsonLine(undefined)).toThrow(TypeError);
  });
});

describe("parseJsonLines", () => {
  it("reads every line and skips the trailing blank", () => {
    expect(parseJsonLines('{"a":1}\n[2]\n')).toEqual([{ a: 1 }, [2]]);
  });

  it("round-trips arbitrary Unicode text, one line per value", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom("=SUM(A1)", "+62", "-1", "@x", "\u200f\u202e عربى", "🎉👩‍👩‍👧", "a\tb\r\nc"));
    fc.assert(
      fc.property(fc.array(fc.record({ source: text, target: text })), (records) => {
        const serialised = records.map(jsonLine).join("");
        expect(serialised.split("\n").length - 1).toBe(records.length);
        expect(parseJsonLines(serialised)).toEqual(records);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mosesLine } from "./moses-line";

describe("mosesLine", () => {
  it.each([
    { name: "plain", input: "Presiden Rusia", expected: "Presiden Rusia\n" },
    { name: "newline becomes a space", input: "satu\ndua", expected: "satu dua\n" },
    { name: "CRLF becomes one space", input: "satu\r\ndua", expected: "satu dua\n" },
    { name: "tab becomes a space", input: "a\tb", expected: "a b\n" },
    { name: "Unicode line separators", input: "a\u2028b\u2029c\u0085d", expected: "a b c d\n" },
    { name: "other controls dropped", input: "a\u0000b\u0007c", expected: "abc\n" },
    { name: "edges trimmed", input: "  a  ", expected: "a\n" },
    { name: "empty stays one line", input: "", expected: "\n" },
    { name: "quotes and formula-like start kept", input: '="x" @y', expected: '="x" @y\n' },
  ])("$name", ({ input, expected }) => {
    expect(mosesLine(input)).toBe(expected);
  });

  it("always yields exactly one line for Python's splitlines too", () => {
    const breaks = /[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/;
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const line = mosesLine(text);
        expect(line.endsWith("\n")).toBe(true);
        expect(breaks.test(line.slice(0, -1))).toBe(false);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { escapeTsvCell, tsvRow, unescapeTsvCell } from "./tsv";

describe("escapeTsvCell", () => {
  it.each([
    ["plain", "Presiden Rusia", "Presiden Rusia"],
    ["tab", "a\tb", "a\\tb"],
    ["newline", "a\nb", "a\\nb"],
    ["carriage return", "a\r\nb", "a\\r\\nb"],
    ["backslash", "C:\\path", "C:\\\\path"],
    ["control chars dropped", "a\u0000b\u0007c", "abc"],
    ["quotes kept", "“kata” \"Putin\"", "“kata” \"Putin\""],
    ["formula-like start kept", "=SUM(A1)", "=SUM(A1)"],
  ])("%s", (_name, input, expected) => {
    expect(escapeTsvCell(input)).toBe(expected);
  });
});

describe("unescapeTsvCell", () => {
  it.each(["a\tb", "a\nb\r", "back\\slash\\t literal", "\\\\\\", "emoji 🎉 and RTL \u202e"])("round-trips %j", (value) => {
    expect(unescapeTsvCell(escapeTsvCell(value))).toBe(value);
  });
});

describe("tsvRow", () => {
  it("joins escaped cells with one tab and ends with LF", () => {
    expect(tsvRow(["a\tb", "c"])).toBe("a\\tb\tc\n");
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
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

describe("escapeTsvCell property", () => {
  // Everything but the dropped C0 controls survives; nothing can split a cell or a row.
  const text = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom("=SUM(A1)", "+62 812", "-1", "@user", "\u200f\u202eعربى", "👩‍👩‍👧 🎉", "a\tb\r\nc\\t", '"quoted"'),
  );
  const dropped = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

  it("round-trips through unescape and never contains a tab, CR or LF", () => {
    fc.assert(
      fc.property(text, (value) => {
        const cell = escapeTsvCell(value);
        expect(cell).not.toMatch(/[\t\n\r]/);
        expect(unescapeTsvCell(cell)).toBe(value.replace(dropped, ""));
      }),
    );
  });
});

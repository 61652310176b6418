import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeTsvCell, spreadsheetSafeCell, tsvRow, unescapeSpreadsheetCell, unescapeTsvCell } from "./tsv";

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

describe("spreadsheetSafeCell", () => {
  it.each([
    ["equals", "=SUM(A1)", "'=SUM(A1)"],
    ["plus", "+62 812", "'+62 812"],
    ["minus", "-1", "'-1"],
    ["at", "@user", "'@user"],
    ["HYPERLINK payload", '=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["tab", "\tx", "'\tx"],
    ["carriage return", "\rx", "'\rx"],
    ["apostrophe, so the prefix stays reversible", "'kata'", "''kata'"],
    ["plain text", "Presiden Rusia", "Presiden Rusia"],
    ["formula character later in the cell", "a=b-c", "a=b-c"],
    ["leading space", " =1", " =1"],
    ["empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(spreadsheetSafeCell(input)).toBe(expected);
  });

  it.each(["=1", "'", "''x", "-", "plain", "@", ""])("unescapeSpreadsheetCell undoes %j", (value) => {
    expect(unescapeSpreadsheetCell(spreadsheetSafeCell(value))).toBe(value);
  });
});

describe("tsvRow spreadsheetSafe", () => {
  it.each([
    { cells: ["=SUM(A1)", "+62", "-1", "@u", "ok"], plain: "=SUM(A1)\t+62\t-1\t@u\tok\n", safe: "'=SUM(A1)\t'+62\t'-1\t'@u\tok\n" },
    // The tab escape comes first, so a leading tab is already the harmless text \t.
    { cells: ["\t=x", "a"], plain: "\\t=x\ta\n", safe: "\\t=x\ta\n" },
  ])("$cells", ({ cells, plain, safe }) => {
    expect(tsvRow(cells)).toBe(plain);
    expect(tsvRow(cells, { spreadsheetSafe: true })).toBe(safe);
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

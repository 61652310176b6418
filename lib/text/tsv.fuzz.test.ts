// Export escaping under arbitrary Unicode: whatever a sentence holds, a TSV row stays one
// line of exactly as many cells as were written, and reading it back gives the text
// (less the C0 controls the format documents as dropped).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeTsvCell, tsvRow, unescapeTsvCell } from "./tsv";

const cell = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.array(fc.constantFrom("\\", "\\t", "\\n", "\t", "\n", "\r", "\r\n", "\\\\t", "a", "é", "🎉", "\u2028", "\u0085", "\u0000"), { maxLength: 20 }).map((p) => p.join("")),
);
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** How a TSV consumer reads a file: rows on LF, cells on tab, then unescape. */
function readRows(tsv: string): string[][] {
  return tsv.split("\n").slice(0, -1).map((row) => row.split("\t").map(unescapeTsvCell));
}

describe("TSV escaping on arbitrary Unicode", () => {
  it("round-trips whole rows: one line, same cell count, same text", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
        const row = tsvRow(cells);
        expect(row.endsWith("\n")).toBe(true);
        expect(row.slice(0, -1)).not.toMatch(/[\n\r]/);
        expect(readRows(row)).toEqual([cells.map((c) => c.replace(DROPPED, ""))]);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips a file of many rows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), (pairs) => {
        const file = pairs.map((pair) => tsvRow(pair)).join("");
        expect(readRows(file)).toEqual(pairs.map((pair) => pair.map((c) => c.replace(DROPPED, ""))));
      }),
      { numRuns: 1000 },
    );
  });

  it("escaping is injective on what it keeps (no two cells collide)", () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        fc.pre(a.replace(DROPPED, "") !== b.replace(DROPPED, ""));
        expect(escapeTsvCell(a)).not.toBe(escapeTsvCell(b));
      }),
      { numRuns: 3000 },
    );
  });
});

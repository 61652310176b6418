// Property tests: arbitrary Unicode text (tabs, newlines, quotes, formula-like starts,
// RTL marks, emoji, controls) survives each serialiser as read back by a real parser.
// Each run sends a whole batch of pairs to Python once, to keep the test quick.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removeXmlForbidden, TMX_CLOSING, tmxOpening, tmxUnit } from "@/lib/text/tmx";
import { tsvRow, unescapeTsvCell } from "@/lib/text/tsv";
import { jsonLine } from "@/lib/text/jsonl";
import { parseTmxWithPython, parseTsvWithPython, pythonAvailable } from "@/lib/test/parse-with-python";

const tricky = fc.constantFrom("=SUM(A1)", "+62 812", "-1", "@user", '"quoted"', "\u200f\u202eעברית\u202c", "👩‍👩‍👧 🎉", "a\tb\r\nc", "\\t\\n", "&amp; <b>", "]]>", "\r", "\u2028\u0085");
const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), tricky, fc.array(tricky).map((parts) => parts.join("")));
const pairs = fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 40 });
const RUNS = { numRuns: 20 };
const TSV_DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

describe.skipIf(!pythonAvailable)("through Python's parsers", () => {
  it("TSV: csv reads exactly two fields per row, unescaping gives the text back", () => {
    fc.assert(
      fc.property(pairs, (batch) => {
        const rows = parseTsvWithPython(batch.map((pair) => tsvRow(pair)).join(""));
        expect(rows).toHaveLength(batch.length);
        rows.forEach((row, i) => {
          expect(row).toHaveLength(2);
          expect(row.map(unescapeTsvCell)).toEqual(batch[i]?.map((cell) => cell.replace(TSV_DROPPED, "")));
        });
      }),
      RUNS,
    );
  });

  it("TMX: minidom parses every document, and every XML-allowed character survives", () => {
    fc.assert(
      fc.property(pairs, (batch) => {
        const date = new Date("2025-01-01T00:00:00Z");
        const units = batch.map(([source, target], i) =>
          tmxUnit({ id: `u${i}`, createdAt: date, changedAt: date, props: [["x-note", source]], variants: [["id", source], ["en", target]] }),
        );
        const document = tmxOpening({ srcLang: "id", adminLang: "en", creationTool: "Selaras", creationToolVersion: "0", creationDate: date }) + units.join("") + TMX_CLOSING;
        const parsed = parseTmxWithPython(document);
        expect(parsed.units).toHaveLength(batch.length);
        parsed.units.forEach((unit, i) => {
          const [source = "", target = ""] = batch[i] ?? [];
          expect(unit.props["x-note"]).toBe(removeXmlForbidden(source));
          expect(unit.variants).toEqual([
            { lang: "id", text: removeXmlForbidden(source) },
            { lang: "en", text: removeXmlForbidden(target) },
          ]);
        });
      }),
      RUNS,
    );
  });
});

describe("JSONL", () => {
  it("JSON.parse gives every pair back, one per line", () => {
    fc.assert(
      fc.property(pairs, (batch) => {
        const lines = batch.map(([source, target]) => jsonLine({ source, target })).join("").split("\n");
        expect(lines.pop()).toBe("");
        expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(batch.map(([source, target]) => ({ source, target })));
      }),
    );
  });
});

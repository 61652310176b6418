import { describe, expect, it } from "vitest";
import { parseMosesMemoryLines, parseTsvMemoryLine, tsvWidthOf } from "./memory-lines";
import { checkMemoryUnit, MAX_UNIT_CHARS, memorySourceKey } from "./memory-unit";
import { escapeTsvCell } from "./tsv";

const long = "a".repeat(MAX_UNIT_CHARS + 1);

describe("parseTsvMemoryLine", () => {
  it.each([
    ["a plain pair", "Presiden tiba.\tThe president arrived.", 2, { ok: true, source: "Presiden tiba.", target: "The president arrived." }],
    ["CRLF line", "Satu.\tOne.\r", 2, { ok: true, source: "Satu.", target: "One." }],
    ["the project's escaping", `${escapeTsvCell("C:\\data")}\tpath`, 2, { ok: true, source: "C:\\data", target: "path" }],
    ["the export header on line 1", "source\ttarget", 1, { ok: "skip" }],
    ["a blank line", "   ", 5, { ok: "skip" }],
    ["one column", "Hanya satu", 3, { ok: false, code: "column-count" }],
    ["three columns", "a\tb\tc", 3, { ok: false, code: "column-count" }],
    ["empty source", "\tTarget", 3, { ok: false, code: "empty-source" }],
    ["empty target", "Sumber\t  ", 3, { ok: false, code: "empty-target" }],
    ["a side too long", `${long}\tx`, 3, { ok: false, code: "too-long" }],
  ])("%s", (_name, line, number, expected) => {
    expect(parseTsvMemoryLine(line, number)).toMatchObject(expected);
  });

  it.each([
    ["the plain export header", "source\ttarget", 2],
    ["the meta export header", "source\ttarget\tdocument_id\tdocument_title\tparagraph\tposition\tstatus\tengine\treviewed_by\tupdated_at\talign_confidence", 11],
    ["an older meta header, without the last column", "source\ttarget\tdocument_id\tdocument_title\tparagraph\tposition\tstatus\tengine\treviewed_by\tupdated_at\r", 10],
    ["a pair line", "Satu.\tOne.", 2],
    ["an unknown third column", "source\ttarget\tcomment", 2],
  ])("tsvWidthOf: %s → %i", (_name, line, width) => {
    expect(tsvWidthOf(line)).toBe(width);
  });

  it.each([
    ["a meta row: the pair, the rest ignored", "Satu.\tOne.\tdoc1\tJudul\t1\t2\tedited\tdraft:lexicon\tAna\t2026-12-01T00:00:00Z\t", 2, 11, { ok: true, source: "Satu.", target: "One." }],
    ["the meta header on line 1", "source\ttarget\tdocument_id\tdocument_title\tparagraph\tposition\tstatus\tengine\treviewed_by\tupdated_at\talign_confidence", 1, 11, { ok: "skip" }],
    ["a two-cell line in a meta file", "Satu.\tOne.", 2, 11, { ok: false, code: "column-count" }],
    ["a meta row in a plain file", "Satu.\tOne.\tdoc1\tJudul\t1\t2\tedited\tdraft:lexicon\tAna\t2026-12-01T00:00:00Z\t", 2, 2, { ok: false, code: "column-count" }],
  ])("%s", (_name, line, number, width, expected) => {
    expect(parseTsvMemoryLine(line, number, width)).toMatchObject(expected);
  });

  it("reads the header text as a pair when it is not on line 1", () => {
    expect(parseTsvMemoryLine("source\ttarget", 2)).toMatchObject({ ok: true, source: "source" });
  });
});

describe("parseMosesMemoryLines", () => {
  it.each([
    ["a pair", "Satu.", "One.", { ok: true, source: "Satu.", target: "One." }],
    ["both blank", "", "\r", { ok: "skip" }],
    ["blank target", "Satu.", "", { ok: false, code: "empty-target" }],
    ["blank source", " ", "One.", { ok: false, code: "empty-source" }],
    ["tabs are text in Moses", "a\tb", "c", { ok: true, sourceKey: "a b" }],
  ])("%s", (_name, source, target, expected) => {
    expect(parseMosesMemoryLines(source, target)).toMatchObject(expected);
  });
});

describe("memorySourceKey and checkMemoryUnit", () => {
  it.each([
    ["spaces collapse", "  Presiden   tiba. ", "Presiden tiba."],
    ["NBSP and zero-width", "Presiden\u00A0tiba\u200B.", "Presiden tiba."],
    ["line breaks become spaces", "Presiden\ntiba.", "Presiden tiba."],
    ["NFC", "Cafe\u0301", "Café"],
  ])("%s", (_name, input, key) => {
    expect(memorySourceKey(input)).toBe(key);
  });

  it("keeps the source as written and the key separately", () => {
    expect(checkMemoryUnit(" Dua  kata ", "Two words")).toEqual({ ok: true, source: "Dua  kata", sourceKey: "Dua kata", target: "Two words" });
  });
});

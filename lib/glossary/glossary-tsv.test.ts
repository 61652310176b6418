import { describe, expect, it } from "vitest";
import { unescapeTsvCell } from "@/lib/text/tsv";
import { glossaryTsv } from "./glossary-tsv";
import type { EntityType } from "@/lib/generated/prisma/enums";

const entry = (source: string, target: string | null, type: EntityType = "place", doNotTranslate = false) => ({ source, target, type, doNotTranslate });

describe("glossaryTsv", () => {
  it.each([
    ["plain", [entry("Korea Utara", "North Korea")], "Korea Utara\tNorth Korea\tplace\n"],
    ["no English yet", [entry("Tentara Merah Soviet", null, "organisation")], "Tentara Merah Soviet\t\torganisation\n"],
    ["do-not-translate", [entry("Kompas", "Compass", "organisation", true)], "Kompas\tKompas\torganisation\n"],
    ["tab and newline escaped", [entry("A\tB", "line\none")], "A\\tB\tline\\none\tplace\n"],
    ["backslash and carriage return", [entry("C:\\x", "a\rb")], "C:\\\\x\ta\\rb\tplace\n"],
    ["control characters dropped", [entry("Bad\u0007Name", "X")], "BadName\tX\tplace\n"],
    ["several rows", [entry("Rusia", "Russia"), entry("Moskow", "Moscow")], "Rusia\tRussia\tplace\nMoskow\tMoscow\tplace\n"],
    ["empty glossary", [], ""],
  ])("%s", (_, entries, expected) => {
    expect(glossaryTsv(entries)).toBe(expected);
  });

  it("adds a header on request", () => {
    expect(glossaryTsv([entry("Rusia", "Russia")], true)).toBe("source\ttarget\ttype\nRusia\tRussia\tplace\n");
  });

  it("every row has three cells that unescape to the original", () => {
    const tricky = entry("Kim\tJong\nUn\\", "Kim Jong Un\r");
    const [line] = glossaryTsv([tricky]).split("\n");
    const cells = (line ?? "").split("\t").map(unescapeTsvCell);
    expect(cells).toEqual([tricky.source, tricky.target, "place"]);
  });
});

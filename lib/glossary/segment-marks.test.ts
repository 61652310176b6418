import { describe, expect, it } from "vitest";
import { mentionMarks, targetMarks, type MentionRow } from "./segment-marks";
import type { EntityType } from "@/lib/generated/prisma/enums";

const entry = (key: string, source: string, type: EntityType, target: string | null, doNotTranslate = false) => ({ key, source, type, target, doNotTranslate });
const PUTIN = entry("vladimir putin", "Vladimir Putin", "person", "Vladimir Putin");
const KORUT = entry("korea utara", "Korea Utara", "place", "North Korea");
const KOMPAS = entry("kompas", "Kompas", "organisation", "Compass", true);
const SOVIET = entry("tentara merah soviet", "Tentara Merah Soviet", "organisation", null);

const row = (start: number, end: number, entryId: string, e: MentionRow["entry"]): MentionRow => ({ start, end, entryId, entry: e });

describe("mentionMarks", () => {
  it("orders by position and carries type and English", () => {
    expect(mentionMarks([row(20, 31, "k", KORUT), row(0, 5, "p", PUTIN), row(40, 46, "c", KOMPAS)])).toEqual([
      { start: 0, end: 5, entryId: "p", type: "person", target: "Vladimir Putin" },
      { start: 20, end: 31, entryId: "k", type: "place", target: "North Korea" },
      { start: 40, end: 46, entryId: "c", type: "organisation", target: "Kompas" },
    ]);
  });
});

describe("targetMarks", () => {
  it.each([
    ["rendering found", "Putin praised North Korea.", [row(0, 5, "p", PUTIN), row(15, 26, "k", KORUT)], [[0, 5, "p"], [14, 25, "k"]]],
    ["adjective form", "North Korean soldiers fought.", [row(8, 19, "k", KORUT)], [[0, 12, "k"]]],
    ["rendering absent", "The North fired.", [row(0, 11, "k", KORUT)], []],
    ["no English yet", "The Soviet Red Army came.", [row(0, 20, "s", SOVIET)], []],
    ["do-not-translate marks the name", "According to Kompas.", [row(8, 14, "c", KOMPAS)], [[13, 19, "c"]]],
    ["no translation", null, [row(0, 5, "p", PUTIN)], []],
    ["no mentions", "It rained.", [], []],
  ] as const)("%s", (_, target, mentions, expected) => {
    const marks = targetMarks(target, mentions);
    expect(marks.map((m) => [m.start, m.end, m.entryId])).toEqual(expected);
  });
});

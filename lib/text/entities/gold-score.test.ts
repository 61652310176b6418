import { describe, expect, it } from "vitest";
import { parseGold, scoreMentions } from "./gold-score";
import type { EntityMatch } from "./types";

const match = (surface: string, key: string, type: EntityMatch["type"]): EntityMatch => ({ start: 0, end: 0, surface, key, canonical: surface, type, target: null });

describe("scoreMentions", () => {
  const gold = parseGold("# sentence one\nPutin\tvladimir putin\tperson\nRusia\trusia\tplace\n\n# two\nKursk\tkursk\tplace\n");
  it.each([
    ["all found", [match("Putin", "vladimir putin", "person"), match("Rusia", "rusia", "place"), match("Kursk", "kursk", "place")], 1, 1],
    ["one missed", [match("Putin", "vladimir putin", "person"), match("Kursk", "kursk", "place")], 1, 2 / 3],
    ["one spurious", [match("Putin", "vladimir putin", "person"), match("Top", "top", "other"), match("Rusia", "rusia", "place"), match("Kursk", "kursk", "place")], 3 / 4, 1],
    ["wrong type is a miss", [match("Putin", "vladimir putin", "other"), match("Rusia", "rusia", "place"), match("Kursk", "kursk", "place")], 2 / 3, 2 / 3],
    ["order matters", [match("Kursk", "kursk", "place"), match("Putin", "vladimir putin", "person")], 1 / 2, 1 / 3],
    ["nothing predicted", [], 1, 0],
  ])("%s", (_, predicted, precision, recall) => {
    const score = scoreMentions(predicted, gold);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });
});

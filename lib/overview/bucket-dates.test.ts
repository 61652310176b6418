import { describe, expect, it } from "vitest";
import { bucketDates, niceMax } from "./bucket-dates";

describe("bucketDates", () => {
  it.each([
    ["no dates", [], { unit: "day", buckets: [] }],
    ["one date", ["2026-11-20T10:00:00Z"], { unit: "day", buckets: [{ key: "2026-11-20", count: 1 }] }],
    [
      "gaps between days are filled with zero",
      ["2026-11-22T01:00:00Z", "2026-11-20T10:00:00Z", "2026-11-20T23:00:00Z"],
      { unit: "day", buckets: [{ key: "2026-11-20", count: 2 }, { key: "2026-11-21", count: 0 }, { key: "2026-11-22", count: 1 }] },
    ],
    [
      "a month boundary in days",
      ["2026-01-31T00:00:00Z", "2026-02-01T00:00:00Z"],
      { unit: "day", buckets: [{ key: "2026-01-31", count: 1 }, { key: "2026-02-01", count: 1 }] },
    ],
    [
      "long spans count by month, across a year",
      ["2025-11-05T00:00:00Z", "2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z"],
      { unit: "month", buckets: [{ key: "2025-11", count: 1 }, { key: "2025-12", count: 0 }, { key: "2026-01", count: 0 }, { key: "2026-02", count: 2 }] },
    ],
    ["unparseable dates are skipped", ["nope", "2026-11-20T00:00:00Z"], { unit: "day", buckets: [{ key: "2026-11-20", count: 1 }] }],
  ])("%s", (_label, dates, expected) => {
    expect(bucketDates(dates)).toEqual(expected);
  });
});

describe("niceMax", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [140, 200],
    [501, 1000],
  ])("%i → %i", (value, expected) => {
    expect(niceMax(value)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { percentile, round, summarize } from "@/lib/test/latency-stats";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each<[number[], number, number]>([
    [[], 50, 0],
    [[7], 99, 7],
    [hundred, 50, 50],
    [hundred, 95, 95],
    [hundred, 99, 99],
    [hundred, 100, 100],
    [[1, 2, 3, 4], 50, 2],
  ])("%j p%i → %i", (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });
});

describe("summarize", () => {
  it("sorts its input and reports count, percentiles, max and mean", () => {
    expect(summarize([3, 1, 2, 4])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, max: 4, mean: 2.5 });
  });
  it("is all zeros for no samples", () => {
    expect(summarize([])).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 });
  });
});

describe("round", () => {
  it.each([[1.23456, 2, 1.23], [1.235, 1, 1.2], [10, 2, 10]])("%d to %d places → %d", (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });
});

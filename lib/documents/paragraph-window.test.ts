import { describe, expect, it } from "vitest";
import { clampWindow, stepBackward, stepForward, windowAround, windowFrom } from "./paragraph-window";

describe("windowFrom", () => {
  it.each([
    { sizes: [5, 5, 5, 5], start: 0, budget: 10, want: { start: 0, end: 2 } },
    { sizes: [5, 5, 5, 5], start: 2, budget: 100, want: { start: 2, end: 4 } },
    // One paragraph longer than the budget still makes a window of its own.
    { sizes: [50, 5], start: 0, budget: 10, want: { start: 0, end: 1 } },
    { sizes: [], start: 0, budget: 10, want: { start: 0, end: 0 } },
    { sizes: [5, 5], start: 9, budget: 10, want: { start: 1, end: 2 } },
  ])("$sizes from $start within $budget", ({ sizes, start, budget, want }) => {
    expect(windowFrom(sizes, start, budget)).toEqual(want);
  });
});

describe("windowAround", () => {
  it.each([
    { sizes: [5, 5, 5, 5, 5, 5, 5, 5], index: 6, budget: 15, want: { start: 5, end: 8 } },
    { sizes: [5, 5, 5, 5, 5, 5, 5, 5], index: 4, budget: 30, want: { start: 2, end: 8 } },
    { sizes: [5, 5, 5, 5], index: 0, budget: 10, want: { start: 0, end: 2 } },
    { sizes: [5, 100, 5], index: 1, budget: 10, want: { start: 1, end: 2 } },
  ])("holds paragraph $index", ({ sizes, index, budget, want }) => {
    const window = windowAround(sizes, index, budget);
    expect(window).toEqual(want);
    expect(window.start <= index && index < window.end).toBe(true);
  });
});

describe("stepping", () => {
  const sizes = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
  it.each([
    { window: { start: 0, end: 2 }, step: 10, max: 20, want: { start: 0, end: 4 } },
    { window: { start: 0, end: 4 }, step: 10, max: 20, want: { start: 2, end: 6 } },
    { window: { start: 6, end: 10 }, step: 10, max: 20, want: { start: 6, end: 10 } },
    // A step smaller than the next paragraph still moves by one paragraph.
    { window: { start: 0, end: 2 }, step: 1, max: 20, want: { start: 0, end: 3 } },
  ])("forward from $window", ({ window, step, max, want }) => {
    expect(stepForward(sizes, window, step, max)).toEqual(want);
  });
  it.each([
    { window: { start: 6, end: 10 }, step: 10, max: 20, want: { start: 4, end: 8 } },
    { window: { start: 2, end: 4 }, step: 10, max: 40, want: { start: 0, end: 4 } },
    { window: { start: 0, end: 4 }, step: 10, max: 20, want: { start: 0, end: 4 } },
  ])("backward from $window", ({ window, step, max, want }) => {
    expect(stepBackward(sizes, window, step, max)).toEqual(want);
  });
});

describe("clampWindow", () => {
  it.each([
    { window: { start: 0, end: 5 }, length: 10, want: { start: 0, end: 5 } },
    { window: { start: 4, end: 8 }, length: 6, want: { start: 2, end: 6 } },
    // A list that shrank below the window (a filter) keeps a window's worth, not one item.
    { window: { start: 4, end: 8 }, length: 3, want: { start: 0, end: 3 } },
    { window: { start: 200, end: 300 }, length: 250, want: { start: 150, end: 250 } },
    { window: { start: 0, end: 2 }, length: 0, want: { start: 0, end: 0 } },
  ])("$window into $length", ({ window, length, want }) => {
    expect(clampWindow(window, length)).toEqual(want);
  });
});

// Long articles are shown a window of paragraphs at a time. A window is a half-open range
// [start, end) of paragraph positions, sized by sentence count rather than by paragraphs,
// so one very long paragraph cannot make a window heavy. Pure, shared by the server
// (the first window it renders) and the browser (moving the window as the reader goes).

export type ParagraphWindow = { start: number; end: number };

/** Sentences the server renders before the browser takes over, and the most ever mounted. */
export const FIRST_WINDOW_SENTENCES = 60;
export const MAX_WINDOW_SENTENCES = 360;
/** How many sentences a step past either edge brings in. */
export const WINDOW_STEP_SENTENCES = 120;

const total = (sizes: readonly number[], from: number, to: number) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += sizes[i] ?? 0;
  return sum;
};

/** From `start` onwards until `budget` sentences are covered (always at least one paragraph). */
export function windowFrom(sizes: readonly number[], start: number, budget: number): ParagraphWindow {
  const from = Math.min(Math.max(start, 0), Math.max(sizes.length - 1, 0));
  let end = from;
  let sum = 0;
  while (end < sizes.length && (end === from || sum + (sizes[end] ?? 0) <= budget)) sum += sizes[end++] ?? 0;
  return { start: from, end };
}

/** A window holding paragraph `index`, with about a third of the budget before it. */
export function windowAround(sizes: readonly number[], index: number, budget: number): ParagraphWindow {
  const at = Math.min(Math.max(index, 0), Math.max(sizes.length - 1, 0));
  let start = at;
  let before = 0;
  while (start > 0 && before + (sizes[start - 1] ?? 0) <= budget / 3) before += sizes[--start] ?? 0;
  const window = windowFrom(sizes, start, budget);
  return window.end > at ? window : { start: at, end: at + 1 };
}

/** Brings `step` more sentences in after the window and lets go of the oldest beyond `max`. */
export function stepForward(sizes: readonly number[], window: ParagraphWindow, step: number, max: number): ParagraphWindow {
  if (window.end >= sizes.length) return window;
  let end = window.end;
  let added = 0;
  while (end < sizes.length && (end === window.end || added + (sizes[end] ?? 0) <= step)) added += sizes[end++] ?? 0;
  let start = window.start;
  while (start < end - 1 && total(sizes, start, end) > max) start++;
  return { start, end };
}

/** The mirror of stepForward: `step` more sentences before the window. */
export function stepBackward(sizes: readonly number[], window: ParagraphWindow, step: number, max: number): ParagraphWindow {
  if (window.start <= 0) return window;
  let start = window.start;
  let added = 0;
  while (start > 0 && (start === window.start || added + (sizes[start - 1] ?? 0) <= step)) added += sizes[--start] ?? 0;
  let end = window.end;
  while (end > start + 1 && total(sizes, start, end) > max) end--;
  return { start, end };
}

/** A window moved to fit a list that changed length (a poll, a split or a merge). */
export function clampWindow(window: ParagraphWindow, length: number): ParagraphWindow {
  if (window.end <= length) return window;
  // Keep as many items mounted as before, ending at the new end.
  const end = length;
  const start = Math.max(0, Math.min(window.start, end - (window.end - window.start)));
  return { start, end };
}

"use client";
// Which part of a long list is mounted (the reader's paragraphs, the editor's rows).
// Items are groups of ids (a paragraph's sentences; one row each in the editor), and the
// window is sized by ids. Moving to an id outside the window (j/k, Alt+arrows, a
// #segment- link) first moves the window, then runs the follow-up once it is mounted.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { clampWindow, stepBackward, stepForward, windowAround, windowFrom } from "@/lib/documents/paragraph-window";

export type WindowBudget = { first: number; max: number; step: number };

/** A new `resetKey` (another filter) starts the window at the top again. */
export function useListWindow(groups: readonly (readonly string[])[], budget: WindowBudget, resetKey = "") {
  const sizes = useMemo(() => groups.map((g) => g.length), [groups]);
  const positions = useMemo(() => new Map(groups.flatMap((g, i) => g.map((id) => [id, i] as const))), [groups]);
  const [state, setWindow] = useState(() => windowFrom(sizes, 0, budget.first));
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setWindow(windowFrom(sizes, 0, budget.first));
  }
  const window = clampWindow(state, sizes.length);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    const run = pending.current;
    pending.current = null;
    run?.();
  }, [state]);

  /** Runs `then` with the id mounted: at once if it is (or is not in the list), after the window moves if not. */
  const bring = useCallback(
    (id: string, then: () => void) => {
      const at = positions.get(id);
      if (at === undefined || (at >= window.start && at < window.end)) return then();
      pending.current = then;
      setWindow(windowAround(sizes, at, budget.max));
    },
    [positions, sizes, window.start, window.end, budget.max],
  );
  const earlier = useCallback(() => setWindow((w) => stepBackward(sizes, clampWindow(w, sizes.length), budget.step, budget.max)), [sizes, budget]);
  const later = useCallback(() => setWindow((w) => stepForward(sizes, clampWindow(w, sizes.length), budget.step, budget.max)), [sizes, budget]);
  return { window, total: sizes.length, bring, earlier, later };
}

export type ListWindow = ReturnType<typeof useListWindow>;

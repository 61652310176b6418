"use client";
// Which paragraphs of a long article are mounted. Moving to a sentence outside the window
// (j/k, a #segment- link) first moves the window, then runs the follow-up once the
// sentence is in the DOM.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ParagraphView } from "@/lib/documents/types";
import {
  clampWindow,
  FIRST_WINDOW_SENTENCES,
  MAX_WINDOW_SENTENCES,
  stepBackward,
  stepForward,
  windowAround,
  windowFrom,
  WINDOW_STEP_SENTENCES,
} from "@/lib/documents/paragraph-window";

export function useReaderWindow(body: readonly ParagraphView[]) {
  const sizes = useMemo(() => body.map((p) => p.segments.length), [body]);
  const positions = useMemo(() => new Map(body.flatMap((p, i) => p.segments.map((s) => [s.id, i] as const))), [body]);
  const [state, setWindow] = useState(() => windowFrom(sizes, 0, FIRST_WINDOW_SENTENCES));
  const window = clampWindow(state, sizes.length);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    const run = pending.current;
    pending.current = null;
    run?.();
  }, [state]);

  /** Runs `then` with the sentence mounted: at once if it is, after the window moves if not. */
  const bring = useCallback(
    (id: string, then: () => void) => {
      const at = positions.get(id);
      if (at === undefined || (at >= window.start && at < window.end)) return then();
      pending.current = then;
      setWindow(windowAround(sizes, at, MAX_WINDOW_SENTENCES));
    },
    [positions, sizes, window.start, window.end],
  );
  const earlier = useCallback(() => setWindow((w) => stepBackward(sizes, clampWindow(w, sizes.length), WINDOW_STEP_SENTENCES, MAX_WINDOW_SENTENCES)), [sizes]);
  const later = useCallback(() => setWindow((w) => stepForward(sizes, clampWindow(w, sizes.length), WINDOW_STEP_SENTENCES, MAX_WINDOW_SENTENCES)), [sizes]);
  return { window, total: sizes.length, bring, earlier, later };
}

export type ReaderWindow = ReturnType<typeof useReaderWindow>;

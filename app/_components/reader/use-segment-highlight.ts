"use client";
// Which sentence pair is lit, and which one is pinned. Handlers sit on one container
// (event delegation), so a long article does not attach listeners to every sentence.
import { useCallback, useState, type FocusEvent, type PointerEvent } from "react";

export function segmentIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("[data-segment-id]")?.dataset.segmentId ?? null;
}

/** The sentence a click landed on; a click on a name's glossary link (or any control) inside a sentence does not count. */
export function clickedSentence(target: EventTarget | null): string | null {
  if (target instanceof Element && target.closest("a, button, input, textarea, select, summary")) return null;
  return segmentIdOf(target);
}

export function useSegmentHighlight(onFocusSentence: (id: string) => void) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [pinnedId, setPinnedId] = useState<string | null>(null);

  const togglePin = useCallback((id: string) => setPinnedId((current) => (current === id ? null : id)), []);
  const handlers = {
    onPointerOver: (event: PointerEvent) => setHovered(segmentIdOf(event.target)),
    onPointerLeave: () => setHovered(null),
    onFocus: (event: FocusEvent) => {
      const id = segmentIdOf(event.target);
      setFocused(id);
      if (id) onFocusSentence(id);
    },
    onBlur: () => setFocused(null),
  };
  // The pointer wins while it is over a sentence, then the keyboard's choice; a pinned
  // pair stays lit on its own (see pinnedId).
  return { litId: hovered ?? focused ?? pinnedId, focusedId: focused, pinnedId, setPinnedId, togglePin, handlers };
}

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
  // The latest kind of input wins: j/k must light the focused pair even if the mouse
  // happens to rest on another sentence.
  const [keyboardFirst, setKeyboardFirst] = useState(false);

  const togglePin = useCallback((id: string) => setPinnedId((current) => (current === id ? null : id)), []);
  const handlers = {
    onPointerOver: (event: PointerEvent) => {
      const id = segmentIdOf(event.target);
      if (id !== hovered) setKeyboardFirst(false);
      setHovered(id);
    },
    onPointerLeave: () => setHovered(null),
    onFocus: (event: FocusEvent) => {
      const id = segmentIdOf(event.target);
      setFocused(id);
      setKeyboardFirst(true);
      if (id) onFocusSentence(id);
    },
    onBlur: () => setFocused(null),
  };
  // A pinned pair stays lit on its own (see pinnedId).
  const litId = (keyboardFirst ? (focused ?? hovered) : (hovered ?? focused)) ?? pinnedId;
  return { litId, focusedId: focused, pinnedId, setPinnedId, togglePin, handlers };
}

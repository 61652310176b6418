"use client";
// Which sentence pair is lit. Handlers sit on one container (event delegation), so a
// long article does not attach four listeners to every sentence.
import { useState, type FocusEvent, type PointerEvent } from "react";

function segmentIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("[data-segment-id]")?.dataset.segmentId ?? null;
}

export function useSegmentHighlight() {
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const handlers = {
    onPointerOver: (event: PointerEvent) => setHovered(segmentIdOf(event.target)),
    onPointerLeave: () => setHovered(null),
    onFocus: (event: FocusEvent) => setFocused(segmentIdOf(event.target)),
    onBlur: () => setFocused(null),
  };
  // The pointer wins while it is over a sentence; otherwise the keyboard's choice shows.
  return { litId: hovered ?? focused, handlers };
}

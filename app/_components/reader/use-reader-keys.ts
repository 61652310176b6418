"use client";
// The reader's keyboard map (listed in the "?" dialog). Keys never fire while the user
// types in a field, with a modifier held, or while a dialog is open.
import { useEffect, useRef } from "react";
import { READER_MODES, type ReaderMode } from "./reader-mode";
import { segmentIdOf } from "./use-segment-highlight";

export type ReaderKeyActions = {
  /** Sentence ids in reading order (title first). */
  order: readonly string[];
  mode: ReaderMode;
  fallbackId: string | null;
  focusSentence: (id: string) => void;
  activate: (id: string) => void;
  unpin: () => void;
  openEditor: (id: string | null) => void;
  openShortcuts: () => void;
  setMode: (mode: ReaderMode) => void;
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

/** The sentence element itself has focus (not a link or button inside or outside it). */
function focusedSentence(target: EventTarget | null): string | null {
  return target instanceof HTMLElement && target.classList.contains("sentence") ? segmentIdOf(target) : null;
}

export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const a = latest.current;
      const onSentence = focusedSentence(event.target);
      const move = (delta: number) => {
        const base = onSentence ?? a.fallbackId;
        const index = base === null ? -1 : a.order.indexOf(base);
        const next = index < 0 ? a.order[delta > 0 ? 0 : a.order.length - 1] : a.order[Math.min(Math.max(index + delta, 0), a.order.length - 1)];
        if (next !== undefined) a.focusSentence(next);
      };
      const handled = handle(event.key, onSentence, a, move);
      if (handled) event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

function handle(key: string, onSentence: string | null, a: ReaderKeyActions, move: (delta: number) => void): boolean {
  switch (key) {
    case "j":
      return (move(1), true);
    case "k":
      return (move(-1), true);
    // Arrows scroll the page as usual unless a sentence has focus.
    case "ArrowDown":
      return onSentence !== null && (move(1), true);
    case "ArrowUp":
      return onSentence !== null && (move(-1), true);
    case "Enter":
      return onSentence !== null && (a.activate(onSentence), true);
    case " ":
      return onSentence !== null && a.mode === "learning" && (a.activate(onSentence), true);
    case "Escape":
      return (a.unpin(), false);
    case "e":
      return (a.openEditor(onSentence ?? a.fallbackId), true);
    case "?":
      return (a.openShortcuts(), true);
    case "1":
    case "2":
    case "3":
      return (a.setMode(READER_MODES[Number(key) - 1] ?? "side-by-side"), true);
    default:
      return false;
  }
}

"use client";
// Tint mode (as Lute does): with it on (/words), every saved word in the Indonesian text is
// tinted by its status: new, learning or known. Painted with CSS highlights over the
// mounted sentences, again whenever the window, the mode or the saved words change.
import { useEffect, useState } from "react";
import type { WordStatusName } from "@/lib/words/types";
import { paint } from "./highlights";
import { readSentence, rangeOf, sentenceWords } from "./sentence-text";
import { loadWords, readTint } from "./word-store";

const STATUSES: readonly WordStatusName[] = ["new", "learning", "known"];

function tint(root: HTMLElement, statuses: ReadonlyMap<string, WordStatusName>): number {
  const ranges: Record<WordStatusName, Range[]> = { new: [], learning: [], known: [] };
  for (const element of root.querySelectorAll<HTMLElement>('[data-testid="source-sentence"]')) {
    const sentence = readSentence(element);
    for (const span of sentenceWords(sentence)) {
      const status = statuses.get(span.word.toLowerCase());
      const range = status && rangeOf(sentence, span);
      if (status && range) ranges[status].push(range);
    }
  }
  for (const status of STATUSES) paint(`word-${status}`, ranges[status]);
  return STATUSES.reduce((sum, s) => sum + ranges[s].length, 0);
}

/** Returns how many words are tinted (null while tint mode is off), for the page to expose. */
export function useWordTint(root: React.RefObject<HTMLElement | null>, revision: unknown): number | null {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, WordStatusName> | null>(null);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      if (!readTint()) return live && setStatuses(null);
      loadWords().then(({ words }) => live && setStatuses(new Map(words.map((w) => [w.word, w.status]))), () => undefined);
    };
    refresh();
    window.addEventListener("selaras-words-changed", refresh);
    return () => {
      live = false;
      window.removeEventListener("selaras-words-changed", refresh);
    };
  }, []);
  useEffect(() => {
    const element = root.current;
    if (!element || !statuses) {
      for (const status of STATUSES) paint(`word-${status}`, []);
      setCount(null);
      return;
    }
    setCount(tint(element, statuses));
    return () => STATUSES.forEach((status) => paint(`word-${status}`, []));
  }, [root, statuses, revision]);
  return count;
}

"use client";
// Learning mode: which sentences have their English shown.
import { useCallback, useState } from "react";

export function useRevealed() {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => {
    setRevealed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const setAll = useCallback((ids: readonly string[] | null) => setRevealed(new Set(ids ?? [])), []);
  return { revealed, toggle, setAll };
}

"use client";
// Fetches memory suggestions for the sentence in focus, a moment after focus settles so
// moving quickly through the list does not fire a request per row.
import { useEffect, useState } from "react";
import type { FuzzySuggestion } from "@/lib/segments/types";
import { segmentApi } from "./segment-api";

const SETTLE_MS = 150;

export function useSuggestions(segmentId: string | null): FuzzySuggestion[] | null {
  const [state, setState] = useState<{ id: string | null; suggestions: FuzzySuggestion[] | null }>({ id: null, suggestions: null });
  useEffect(() => {
    if (!segmentId) return;
    let live = true;
    const timer = setTimeout(() => {
      void segmentApi.suggestions(segmentId).then((result) => {
        if (live) setState({ id: segmentId, suggestions: result.kind === "ok" ? result.value.suggestions : [] });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [segmentId]);
  return state.id === segmentId ? state.suggestions : null;
}

"use client";
// One actions object per row that never changes identity, so memoised rows skip the
// render when another row's text changes. Each call goes to the latest bindings, which
// see the latest rows.
import { useCallback, useRef } from "react";
import type { RowActions } from "./segment-row";

const NAMES = ["focus", "change", "keyDown", "save", "history", "split", "toggleSplit", "merge", "retranslate", "joinEnglish", "splitEnglish", "resolve", "restoreDraft", "discardDraft"] as const satisfies readonly (keyof RowActions)[];

export function useStableRowActions(rowActions: (id: string) => RowActions): (id: string) => RowActions {
  const latest = useRef(rowActions);
  latest.current = rowActions;
  const cache = useRef(new Map<string, RowActions>());
  return useCallback((id: string) => {
    let actions = cache.current.get(id);
    if (!actions) {
      // Built from the name list, so TypeScript cannot see the shape: the list is checked against RowActions above.
      actions = Object.fromEntries(NAMES.map((name) => [name, (...args: unknown[]) => (latest.current(id)[name] as (...a: unknown[]) => void)(...args)])) as RowActions;
      cache.current.set(id, actions);
    }
    return actions;
  }, []);
}

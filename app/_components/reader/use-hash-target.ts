"use client";
// A link to "#segment-<id>" (from search, the glossary or a shared link) opens the
// article at that sentence with its pair pinned.
import { useEffect } from "react";

const PREFIX = "#segment-";

/** The address fragment that opens the reader or the editor at one sentence. */
export const segmentHash = (id: string) => `${PREFIX}${encodeURIComponent(id)}`;

export function segmentIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

export function useHashTarget(onTarget: (id: string) => void): void {
  useEffect(() => {
    function fromHash() {
      const id = segmentIdFromHash(window.location.hash);
      if (id && document.getElementById(`src-${id}`)) onTarget(id);
    }
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [onTarget]);
}

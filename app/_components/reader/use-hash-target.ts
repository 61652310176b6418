"use client";
// A link to "#segment-<id>" (from search, the glossary or a shared link) opens the
// article at that sentence with its pair pinned. In a long article the sentence may be
// known only once the whole article has loaded, so the hash is tried again then, but
// each address is followed once: a poll must not pull the reader back to it.
import { useEffect, useRef } from "react";

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

export function useHashTarget(onTarget: (id: string) => void, knows: (id: string) => boolean): void {
  const followed = useRef<string | null>(null);
  useEffect(() => {
    function fromHash() {
      const id = segmentIdFromHash(window.location.hash);
      if (!id || followed.current === window.location.hash || !knows(id)) return;
      followed.current = window.location.hash;
      onTarget(id);
    }
    const onHashChange = () => {
      followed.current = null;
      fromHash();
    };
    fromHash();
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [onTarget, knows]);
}

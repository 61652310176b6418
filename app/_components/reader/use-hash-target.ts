"use client";
// A link to "#segment-<id>" (from search, the glossary or a shared link) opens the
// article at that sentence with its pair pinned.
import { useEffect } from "react";

const PREFIX = "#segment-";

export function useHashTarget(onTarget: (id: string) => void): void {
  useEffect(() => {
    function fromHash() {
      if (!window.location.hash.startsWith(PREFIX)) return;
      const id = decodeURIComponent(window.location.hash.slice(PREFIX.length));
      if (document.getElementById(`src-${id}`)) onTarget(id);
    }
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [onTarget]);
}

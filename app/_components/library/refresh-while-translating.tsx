"use client";
// Keeps the library's progress bars moving: while any article is translating, ask the
// server for a fresh render every few seconds. Stops by itself once all are done.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const REFRESH_MS = 2_000;

export function RefreshWhileTranslating({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      // A hidden tab has no one to show progress to.
      if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}

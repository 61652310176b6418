"use client";
// Keeps a translating document fresh: polls the API every ~1.5 s so sentences fill in
// without a reload, and stops as soon as the document is ready or failed. A long article
// arrives as its first window only (see lib/documents/first-window); the rest is fetched
// at once after the first paint.
import { useCallback, useEffect, useState } from "react";
import type { DocumentView } from "@/lib/documents/types";

const POLL_MS = 1_500;
const MAX_BACKOFF_MS = 15_000;

export function useLiveDocument(initial: DocumentView, partial: boolean): { document: DocumentView; complete: boolean; reload: () => Promise<void> } {
  const [document, setDocument] = useState(initial);
  const [complete, setComplete] = useState(!partial);
  const { id, status } = document;

  // A server refresh (router.refresh after a restore) brings a newer snapshot.
  useEffect(() => {
    setDocument(initial);
    setComplete(!partial);
  }, [initial, partial]);

  // After an action that changes the document (restoring a line): fetch it at once, and
  // polling starts again by itself if it went back to "translating".
  const reload = useCallback(async () => {
    const next = await fetchDocument(id);
    if (next === null || next === "gone") return;
    setDocument(next);
    setComplete(true);
  }, [id]);

  useEffect(() => {
    if (!complete) void reload();
  }, [complete, reload]);

  useEffect(() => {
    if (status !== "translating") return;
    let cancelled = false;
    let delay = POLL_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function poll(): Promise<void> {
      const next = await fetchDocument(id);
      if (cancelled) return;
      if (next === "gone") return;
      if (next === null) {
        // A restarting server or a flaky network: keep trying, but ease off.
        delay = Math.min(delay * 2, MAX_BACKOFF_MS);
      } else {
        delay = POLL_MS;
        setDocument(next);
        setComplete(true);
        if (next.status !== "translating") return;
      }
      timer = setTimeout(poll, delay);
    }

    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [id, status]);

  return { document, complete, reload };
}

async function fetchDocument(id: string): Promise<DocumentView | "gone" | null> {
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(id)}`, {
      cache: "no-store",
      headers: { accept: "application/json" },
    });
    if (response.status === 404) return "gone";
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return looksLikeDocument(body, id) ? body : null;
  } catch {
    return null;
  }
}

/** Enough of a check that a wrong answer (an HTML page, another id) never replaces good state. */
function looksLikeDocument(body: unknown, id: string): body is DocumentView {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Partial<DocumentView>;
  return candidate.id === id && Array.isArray(candidate.paragraphs) && typeof candidate.status === "string";
}

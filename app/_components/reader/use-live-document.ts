"use client";
// Keeps a translating document fresh: every ~1.5 s asks only for what changed since the
// last answer (`?since=`), so sentences fill in without a reload or the whole document on
// every tick, and stops as soon as the document is ready or failed. The whole document is
// fetched when a delta cannot be applied (a split, a merge, a restore, a partial first
// window) and once at the end, for what a delta does not carry (the entity list, the report). A long article
// arrives as its first window only (see lib/documents/first-window); the rest is fetched
// at once after the first paint.
import { useCallback, useEffect, useRef, useState } from "react";
import { applyDocumentChanges } from "@/lib/documents/apply-document-changes";
import type { DocumentChanges, DocumentView } from "@/lib/documents/types";

const POLL_MS = 1_500;
const MAX_BACKOFF_MS = 15_000;

type Fetched<T> = T | "gone" | null;

export function useLiveDocument(initial: DocumentView, partial: boolean): { document: DocumentView; complete: boolean; reload: () => Promise<void> } {
  const [document, setDocument] = useState(initial);
  const [complete, setComplete] = useState(!partial);
  const latest = useRef(document);
  const { id, status } = document;
  useEffect(() => {
    latest.current = document;
  }, [document]);

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
      const next = await refresh(id, latest.current);
      if (cancelled) return;
      if (next === "gone") return;
      if (next === null) {
        // A restarting server or a flaky network: keep trying, but ease off.
        delay = Math.min(delay * 2, MAX_BACKOFF_MS);
      } else {
        delay = POLL_MS;
        latest.current = next;
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

/** The document after the changes since `current`; the whole document when they cannot be applied or it finished. */
async function refresh(id: string, current: DocumentView): Promise<Fetched<DocumentView>> {
  const changes = await fetchJson(`/api/documents/${encodeURIComponent(id)}?since=${current.changeVersion}`, (body) => looksLikeChanges(body, id));
  if (changes === null || changes === "gone") return changes;
  // Linking just finished: the whole document once, for the names list the changes do not carry.
  const linked = current.progress.linking !== undefined && changes.progress.linking === undefined;
  const applied = changes.status === "translating" && !linked ? applyDocumentChanges(current, changes) : null;
  return applied ?? fetchDocument(id);
}

function fetchDocument(id: string): Promise<Fetched<DocumentView>> {
  return fetchJson(`/api/documents/${encodeURIComponent(id)}`, (body) => looksLikeDocument(body, id));
}

async function fetchJson<T>(url: string, check: (body: unknown) => body is T): Promise<Fetched<T>> {
  try {
    const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
    if (response.status === 404) return "gone";
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return check(body) ? body : null;
  } catch {
    return null;
  }
}

/** Enough of a check that a wrong answer (an HTML page, another id) never replaces good state. */
function looksLikeDocument(body: unknown, id: string): body is DocumentView {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Partial<DocumentView>;
  return candidate.id === id && Array.isArray(candidate.paragraphs) && typeof candidate.status === "string" && typeof candidate.changeVersion === "number";
}

function looksLikeChanges(body: unknown, id: string): body is DocumentChanges {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Partial<DocumentChanges>;
  return candidate.id === id && Array.isArray(candidate.segments) && typeof candidate.status === "string" && typeof candidate.changeVersion === "number";
}

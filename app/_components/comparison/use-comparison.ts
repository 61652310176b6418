"use client";
// The comparison's state for one article: whether it was asked for, the drafts so far
// (polled every 3 s while some are still owed and Compare is on), and the request itself.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ComparisonDraftView, ComparisonView } from "@/lib/comparison/get-comparison";
import { readApiFailure } from "@/lib/i18n/api-error";

const POLL_MS = 3000;

export function useComparison(documentId: string, enabled: boolean, on: boolean) {
  const [view, setView] = useState<ComparisonView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/comparison`, { cache: "no-store" }).catch(() => null);
    if (response?.ok) setView((await response.json()) as ComparisonView);
  }, [documentId]);
  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);
  const owed = view !== null && view.requested && view.drafts.length < view.pairs;
  useEffect(() => {
    if (!on || !owed) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [on, owed, load]);

  /** True once the drafts are owed. */
  const request = useCallback(async (): Promise<boolean> => {
    setError(null);
    const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/comparison`, { method: "POST" }).catch(() => null);
    if (!response) {
      setError("network");
      return false;
    }
    if (!response.ok) {
      setError(readApiFailure(await response.json().catch(() => null)).serverMessage ?? "unknown");
      return false;
    }
    await load();
    return true;
  }, [documentId, load]);

  const drafts = useMemo(() => new Map<string, ComparisonDraftView>((view?.drafts ?? []).map((d) => [d.segmentId, d])), [view]);
  return { view, drafts, request, error };
}

"use client";
// "Try again" on a sentence whose translation failed (POST
// /api/segments/:id/retry-translation); the page then reloads the document, which is
// translating again, so the sentence fills in live. Shared by the reader and the editor.
import { useState } from "react";
import { useTranslations } from "next-intl";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "failed"; message: string };

export function RetryTranslationButton({ segmentId, onRetried }: { segmentId: string; onRetried: () => Promise<void> | void }) {
  const t = useTranslations("TranslationRetry");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function retry() {
    setState({ kind: "busy" });
    try {
      const response = await fetch(`/api/segments/${encodeURIComponent(segmentId)}/retry-translation`, { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "failed", message: body?.error?.message ?? t("failed") });
        return;
      }
      await onRetried();
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "failed", message: t("failed") });
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid="retry-translation"
        onClick={retry}
        disabled={state.kind === "busy"}
        className="rounded-md border border-line bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-paper disabled:opacity-60"
      >
        {state.kind === "busy" ? t("retrying") : t("retry")}
      </button>
      {state.kind === "failed" && (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      )}
    </span>
  );
}

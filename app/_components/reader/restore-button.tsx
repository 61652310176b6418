"use client";
// Puts one removed line back into the article (POST /api/documents/:id/restore). The
// reader then reloads the document, and the restored sentences translate live.
import { useState } from "react";
import { useTranslations } from "next-intl";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "failed"; message: string };

export function RestoreButton({ documentId, line, onRestored }: { documentId: string; line: string; onRestored: () => Promise<void> }) {
  const t = useTranslations("Report");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function restore() {
    setState({ kind: "busy" });
    try {
      const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/restore`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ line }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "failed", message: body?.error?.message ?? t("restoreFailed") });
        return;
      }
      await onRestored();
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "failed", message: t("restoreFailed") });
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-testid="restore-line"
        onClick={restore}
        disabled={state.kind === "busy"}
        className="rounded-md border border-line bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-paper disabled:opacity-60"
      >
        {state.kind === "busy" ? t("restoring") : t("restore")}
      </button>
      {state.kind === "failed" && (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      )}
    </span>
  );
}

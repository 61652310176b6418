"use client";
// A small button that POSTs one request and, on success, lets the page reload what
// changed; a refusal shows the server's own message beside it. The reader's "restore
// line" and the "try again" on a failed translation are both this.
import { useState } from "react";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "failed"; message: string };

type Props = {
  url: string;
  body?: unknown;
  labels: { idle: string; busy: string; failed: string };
  testId: string;
  onDone: () => Promise<void> | void;
};

export function PostActionButton({ url, body, labels, testId, onDone }: Props) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function run() {
    setState({ kind: "busy" });
    try {
      const init: RequestInit = body === undefined ? { method: "POST" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
      const response = await fetch(url, init);
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "failed", message: answer?.error?.message ?? labels.failed });
        return;
      }
      await onDone();
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "failed", message: labels.failed });
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid={testId}
        onClick={run}
        disabled={state.kind === "busy"}
        className="rounded-md border border-line bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-paper disabled:opacity-60"
      >
        {state.kind === "busy" ? labels.busy : labels.idle}
      </button>
      {state.kind === "failed" && (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      )}
    </span>
  );
}

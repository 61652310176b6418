"use client";
// Posts a new article to the API and opens it. Failures become a value the form shows;
// the form's own state is never touched here, so nothing the user typed is lost.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiFailure, type ApiFailure } from "@/lib/i18n/api-error";

type Created = { id: string; duplicate?: boolean };

export type SubmitState = { pending: boolean; failure: ApiFailure | null };

export function useSubmitDocument() {
  const router = useRouter();
  const [state, setState] = useState<SubmitState>({ pending: false, failure: null });

  /** `compare`: with a published English, also owe machine translations to compare with it. */
  async function submit(body: FormData | Record<string, unknown>, options: { compare?: boolean } = {}): Promise<void> {
    setState({ pending: true, failure: null });
    const init: RequestInit =
      body instanceof FormData
        ? { method: "POST", body }
        : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
    let response: Response;
    try {
      response = await fetch(options.compare ? "/api/documents?compare=1" : "/api/documents", init);
    } catch {
      setState({ pending: false, failure: { code: "network", serverMessage: null } });
      return;
    }
    const payload: unknown = await response.json().catch(() => null);
    const created = response.ok ? readCreated(payload) : null;
    if (!created) {
      setState({ pending: false, failure: readApiFailure(payload) });
      return;
    }
    // Stay "pending" while the reader loads, so the button cannot post twice.
    router.push(`/documents/${encodeURIComponent(created.id)}${created.duplicate ? "?duplicate=1" : ""}`);
  }

  /** Problems found before anything is sent, shown exactly like the server's. */
  function reject(failure: ApiFailure): void {
    setState({ pending: false, failure });
  }

  return { ...state, submit, reject };
}

function readCreated(payload: unknown): Created | null {
  if (typeof payload !== "object" || payload === null) return null;
  const { id, duplicate } = payload as { id?: unknown; duplicate?: unknown };
  return typeof id === "string" && id !== "" ? { id, duplicate: duplicate === true } : null;
}

"use client";
// Sends one glossary change to the API and refreshes the page's server data on success.
// A refusal becomes a message the form shows; nothing the user typed is cleared.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiFailure } from "@/lib/i18n/api-error";

export type ActionState = { pending: boolean; failure: string | null; done: boolean };

export function useGlossaryAction() {
  const router = useRouter();
  const [state, setState] = useState<ActionState>({ pending: false, failure: null, done: false });

  async function send(url: string, method: "PATCH" | "POST", body: unknown): Promise<unknown> {
    setState({ pending: true, failure: null, done: false });
    try {
      const response = await fetch(url, { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });
      const payload: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const failure = readApiFailure(payload);
        setState({ pending: false, failure: failure.serverMessage ?? failure.code, done: false });
        return null;
      }
      setState({ pending: false, failure: null, done: true });
      router.refresh();
      return payload;
    } catch {
      setState({ pending: false, failure: "network", done: false });
      return null;
    }
  }

  return { ...state, send };
}

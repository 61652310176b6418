"use client";
// One lifecycle request (rename, delete, restore, purge, Not a name): the JSON reply on
// success, or the server's own message (or null for a network failure) to show.
import { readApiFailure } from "@/lib/i18n/api-error";

export type RequestOutcome = { ok: true; body: unknown } | { ok: false; message: string | null };

export async function sendRequest(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<RequestOutcome> {
  try {
    const response = await fetch(url, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, body: payload };
    const failure = readApiFailure(payload);
    return { ok: false, message: failure.serverMessage ?? failure.code };
  } catch {
    return { ok: false, message: null };
  }
}

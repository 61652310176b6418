// The account forms' one way to call the API: JSON in, JSON out, and the server's
// error message (or a generic one) on failure.
export type PostResult<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

export async function postJson<T = unknown>(url: string, body: unknown, method = "POST"): Promise<PostResult<T>> {
  try {
    const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.ok) return { ok: true, body: json as T };
    return { ok: false, status: response.status, message: messageOf(json) };
  } catch {
    return { ok: false, status: 0, message: "" };
  }
}

function messageOf(json: Record<string, unknown> | null): string {
  const error = json?.error;
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") return error.message;
  return typeof json?.message === "string" ? json.message : "";
}

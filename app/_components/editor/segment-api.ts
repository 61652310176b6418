// The editor's calls to the segment API. Every answer becomes a value: saved, a version
// conflict carrying the current text, or a failure the UI can translate. A dropped
// network is a failure too, never an exception that could lose the typed text.
import { fetchRetryingBusy } from "@/lib/http/retry-busy";
import { readApiFailure, type ApiFailure } from "@/lib/i18n/api-error";
import type { EditorDocument } from "@/lib/segments/editor-types";
import type { CurrentSegment, FuzzySuggestion, HumanStatus, HistoryEntry, SavedSegment } from "@/lib/segments/types";

export type ApiResult<T> = { kind: "ok"; value: T } | { kind: "conflict"; current: CurrentSegment } | { kind: "failed"; failure: ApiFailure };

const base = (id: string) => `/api/segments/${encodeURIComponent(id)}`;

async function call<T>(url: string, init?: { method: string; body?: unknown; retryBusy?: boolean }): Promise<ApiResult<T>> {
  let response: Response;
  const send = () =>
    fetch(url, {
      method: init?.method ?? "GET",
      cache: "no-store",
      headers: { accept: "application/json", ...(init?.body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(init?.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  try {
    // A 503 means the database was busy and nothing was written: a save simply tries again.
    response = init?.retryBusy ? await fetchRetryingBusy(send) : await send();
  } catch {
    return { kind: "failed", failure: { code: "network", serverMessage: null } };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { kind: "ok", value: payload as T };
  const current = response.status === 409 ? readCurrent(payload) : null;
  return current ? { kind: "conflict", current } : { kind: "failed", failure: readApiFailure(payload) };
}

function readCurrent(payload: unknown): CurrentSegment | null {
  const details = (payload as { error?: { details?: { current?: CurrentSegment } } } | null)?.error?.details;
  return details?.current && typeof details.current.version === "number" ? details.current : null;
}

export const segmentApi = {
  save: (id: string, body: { target: string; status?: HumanStatus; version: number }) =>
    call<SavedSegment>(base(id), { method: "PATCH", body, retryBusy: true }),
  history: (id: string) => call<{ revisions: HistoryEntry[] }>(`${base(id)}/history`),
  revert: (id: string, body: { changeId: string; version: number }) =>
    call<SavedSegment>(`${base(id)}/revert`, { method: "POST", body }),
  suggestions: (id: string) => call<{ suggestions: FuzzySuggestion[] }>(`${base(id)}/suggestions`),
  repetitions: (id: string) => call<{ propagatable: number }>(`${base(id)}/repetitions`),
  propagate: (id: string) => call<{ updated: number; segmentIds: string[] }>(`${base(id)}/propagate`, { method: "POST", body: {} }),
  split: (id: string, body: { version: number; sourceAt: number; targetAt: number }) =>
    call<{ first: SavedSegment; second: SavedSegment }>(`${base(id)}/split`, { method: "POST", body }),
  merge: (id: string, body: { version: number; nextVersion: number }) =>
    call<{ removedId: string }>(`${base(id)}/merge`, { method: "POST", body }),
  moveBoundary: (id: string, body: { version: number; nextVersion: number; at: number }) =>
    call<{ first: SavedSegment; next: SavedSegment | null }>(`${base(id)}/boundary`, { method: "POST", body }),
  retranslate: (id: string, body: { version: number; force?: boolean }) =>
    call<SavedSegment>(`${base(id)}/retranslate`, { method: "POST", body }),
  retranslateDocument: (documentId: string) =>
    call<{ queued: number }>(`/api/documents/${encodeURIComponent(documentId)}/retranslate`, { method: "POST", body: {} }),
};

export async function fetchEditorDocument(documentId: string): Promise<EditorDocument | null> {
  const result = await call<EditorDocument>(`/api/segments?documentId=${encodeURIComponent(documentId)}`);
  return result.kind === "ok" && Array.isArray(result.value.segments) ? result.value : null;
}

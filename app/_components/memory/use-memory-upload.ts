"use client";
// Sends a memory file to POST /api/memory/import and follows the import to its end: the
// upload's own progress (XMLHttpRequest reports it; fetch does not), then the import's,
// polled from GET /api/memory/import/:id once a second until it is done or failed.
import { useCallback, useRef, useState } from "react";
import { readApiFailure } from "@/lib/i18n/api-error";
import type { MemoryImportDetail } from "@/lib/memory/types";

export type UploadPhase =
  | { kind: "idle" }
  | { kind: "uploading"; file: string; percent: number }
  | { kind: "importing"; file: string; detail: MemoryImportDetail | null }
  | { kind: "done"; detail: MemoryImportDetail }
  | { kind: "failed"; message: string | null };

export type UploadRequest = { url: string; body: Blob | FormData; file: string };

const POLL_MS = 1000;

export function useMemoryUpload(onEnded: () => void) {
  const [phase, setPhase] = useState<UploadPhase>({ kind: "idle" });
  const busy = useRef(false);

  const start = useCallback(async (request: UploadRequest) => {
    if (busy.current) return;
    busy.current = true;
    try {
      setPhase({ kind: "uploading", file: request.file, percent: 0 });
      const sent = await send(request, (percent) => setPhase({ kind: "uploading", file: request.file, percent }));
      if (!sent.ok) return setPhase({ kind: "failed", message: sent.message });
      setPhase({ kind: "importing", file: request.file, detail: null });
      for (;;) {
        const detail = await poll(sent.id);
        if (detail === null) return setPhase({ kind: "failed", message: null });
        if (detail.status === "done") return setPhase({ kind: "done", detail });
        if (detail.status === "failed") return setPhase({ kind: "failed", message: detail.error?.message ?? null });
        setPhase({ kind: "importing", file: request.file, detail });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      busy.current = false;
      onEnded();
    }
  }, [onEnded]);

  return { phase, start };
}

function send(request: UploadRequest, onProgress: (percent: number) => void): Promise<{ ok: true; id: string } | { ok: false; message: string | null }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", request.url);
    if (!(request.body instanceof FormData)) xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.floor((event.loaded / event.total) * 100));
    xhr.onload = () => {
      const payload = parse(xhr.responseText);
      if (xhr.status === 202 && typeof (payload as { id?: unknown } | null)?.id === "string") return resolve({ ok: true, id: (payload as { id: string }).id });
      resolve({ ok: false, message: readApiFailure(payload).serverMessage });
    };
    xhr.onerror = () => resolve({ ok: false, message: null });
    xhr.send(request.body);
  });
}

async function poll(id: string): Promise<MemoryImportDetail | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const response = await fetch(`/api/memory/import/${encodeURIComponent(id)}`, { cache: "no-store" });
      if (response.ok) return (await response.json()) as MemoryImportDetail;
      if (response.status === 404) return null;
    } catch {
      // A dropped network: try again in a moment; the import goes on without us.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

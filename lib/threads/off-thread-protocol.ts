// Messages between the request thread and a short-lived worker thread (run-off-thread.ts).
import type { ErrorCode } from "@/lib/errors";

export type OffThreadAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> | undefined }
  | { ok: false; code: "crash"; message: string };

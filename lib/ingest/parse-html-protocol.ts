// Messages between the request thread and the HTML parsing worker.
import type { ErrorCode } from "@/lib/errors";
import type { ParsedPage } from "./parse-html";

export type WorkerInput = { html: string; pageUrl: string | undefined };

export type WorkerAnswer =
  | { ok: true; page: ParsedPage }
  | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> | undefined }
  | { ok: false; code: "crash"; message: string };

// Shapes of translation-memory imports, shared by the API, the CLI and the memory page.
import type { RefusalCode } from "@/lib/text/memory-unit";

export const MEMORY_IMPORT_FORMATS = ["tmx", "tsv", "moses"] as const;
export type MemoryImportFormat = (typeof MEMORY_IMPORT_FORMATS)[number];

/** The CLI streams files of any size up to this; the API's cap is MEMORY_IMPORT_MAX_BYTES (same default). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export const MEMORY_IMPORT_STATUSES = ["queued", "running", "done", "failed"] as const;
export type MemoryImportStatus = (typeof MEMORY_IMPORT_STATUSES)[number];

/** The origin a sentence filled or suggested from an import names. */
export const IMPORT_ORIGIN_PREFIX = "import:";

export function importOrigin(fileName: string): string {
  return `${IMPORT_ORIGIN_PREFIX}${fileName}`;
}

export type Refusal = { line: number; code: RefusalCode };

export type MemoryImportReport = {
  id: string;
  fileName: string;
  format: MemoryImportFormat;
  imported: number;
  duplicates: number;
  refused: number;
  /** Refused units counted by reason code. */
  reasons: Record<string, number>;
  /** The first refusals, with the line each unit started on. */
  refusals: Refusal[];
};

export type MemoryImportProgressView = {
  bytesRead: number;
  /** The uploaded file's size (both files for Moses); null when unknown. */
  bytesTotal: number | null;
  unitsRead: number;
  /** 0–100 from the bytes read, null while the size is unknown. */
  percent: number | null;
};

export type MemoryImportView = {
  id: string;
  fileName: string;
  format: MemoryImportFormat;
  /** queued (waiting for another import), running, done (its units are memory) or failed (nothing stayed). */
  status: MemoryImportStatus;
  createdAt: string;
  createdByName: string;
  startedAt: string | null;
  finishedAt: string | null;
  imported: number;
  duplicates: number;
  refused: number;
  reasons: Record<string, number>;
  /** Units still in memory (the same as imported once done). */
  units: number;
  progress: MemoryImportProgressView;
  /** Why a failed import failed, in the API's error shape. */
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
};

/** One import with the first refusals by line (GET /api/memory/import/:id). */
export type MemoryImportDetail = MemoryImportView & { refusals: Refusal[] };

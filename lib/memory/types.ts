// Shapes of translation-memory imports, shared by the API, the CLI and the memory page.
import type { RefusalCode } from "@/lib/text/memory-unit";

export const MEMORY_IMPORT_FORMATS = ["tmx", "tsv", "moses"] as const;
export type MemoryImportFormat = (typeof MEMORY_IMPORT_FORMATS)[number];

/** The CLI streams files of any size up to this; the web upload is capped lower (MAX_INPUT_BYTES). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

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

export type MemoryImportView = {
  id: string;
  fileName: string;
  format: MemoryImportFormat;
  createdAt: string;
  createdByName: string;
  imported: number;
  duplicates: number;
  refused: number;
  reasons: Record<string, number>;
  /** Units still in memory (the same as imported). */
  units: number;
};

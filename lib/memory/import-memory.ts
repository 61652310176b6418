// Imports a file of existing parallel data into the translation memory: streamed from
// its bytes to the database, never held whole. All or nothing: the units are written in
// short transactions but belong to memory only once the import is done; a malformed
// file, a bad encoding or misaligned Moses files fail the import, its units are deleted,
// and the error says how far the reading got. The MemoryImport row, with its actor, is
// the record of who imported what (the change log's rows belong to documents).
//
// No "server-only" marker: the API runs this in a worker thread (import-memory.worker.ts),
// outside React's server condition; the CLI runs it in its own process.
import type { Actor } from "@/lib/changes/actor";
import { AppError, isAppError } from "@/lib/errors";
import type { TmxItem } from "@/lib/text/tmx-units";
import { claimMemoryImport, type MemoryImportCounts, type MemoryImportProgress, type MemoryImportWriter, type NewMemoryUnit, type StoredImportError } from "@/lib/db/queries/memory-import";
import { decodeImportStream } from "./decode-import-stream";
import { readTmxUnits } from "./read-tmx-units";
import { readMosesUnits, readTsvUnits } from "./read-line-units";
import { MAX_IMPORT_BYTES, type MemoryImportFormat, type MemoryImportReport, type Refusal } from "./types";

export type ByteSource = AsyncIterable<Uint8Array>;

export type MemoryImportInput = {
  fileName: string;
  format: MemoryImportFormat;
  actor: Actor;
  source: ByteSource;
  /** Moses only: the English file, line-aligned with `source`. */
  target?: ByteSource;
  maxBytes?: number;
  /** A queued import (the API's); without it the import gets a new row (the CLI). */
  importId?: string;
  /** Keep a failed import's row as the record of why (the API); otherwise it goes too. */
  keepFailed?: boolean;
  /** The file's size, when known, for the progress. */
  bytesTotal?: number;
  /** Told once when another import runs and this one waits its turn. */
  onWait?: (runningFileName: string) => void;
};

const BATCH = 1000;
// The report names the first refusals by line; the counts cover all of them.
const MAX_SAMPLES = 50;

export async function importMemory(input: MemoryImportInput): Promise<MemoryImportReport> {
  const fileName = input.fileName.trim().slice(0, 200);
  if (fileName === "") throw new AppError("invalid-input", "The import needs a file name.");
  const writer = await claimMemoryImport(
    input.importId
      ? { id: input.importId }
      : { row: { fileName, format: input.format, createdById: input.actor.kind === "person" ? input.actor.id : null, createdByName: input.actor.name, ...(input.bytesTotal === undefined ? {} : { bytesTotal: input.bytesTotal }) } },
    input.onWait ? { onWait: input.onWait } : {},
  );
  const progress: MemoryImportProgress = { bytesRead: 0, unitsRead: 0 };
  try {
    const { counts, refusals } = await writeItems(writer, readItems(input, progress), progress);
    if (counts.imported + counts.duplicates + counts.refused === 0) throw new AppError("empty-input", "The file holds no translation units.");
    await writer.commit(counts, refusals, progress);
    return { id: writer.id, fileName, format: input.format, ...counts, refusals };
  } catch (error) {
    await writer.fail(storedError(error), input.keepFailed ?? false);
    throw error;
  }
}

export function storedError(error: unknown): StoredImportError {
  if (isAppError(error)) return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  console.error(error);
  return { code: "internal", message: "The import failed on the server. Nothing was imported." };
}

function readItems(input: MemoryImportInput, progress: MemoryImportProgress): AsyncGenerator<TmxItem> {
  const maxBytes = input.maxBytes ?? MAX_IMPORT_BYTES;
  const text = decodeImportStream(counted(input.source, progress), maxBytes);
  if (input.format === "tmx") return readTmxUnits(text);
  if (input.format === "tsv") return readTsvUnits(text);
  if (!input.target) throw new AppError("invalid-input", "A Moses import needs the English file too (--target).");
  return readMosesUnits(text, decodeImportStream(counted(input.target, progress), maxBytes));
}

async function* counted(source: ByteSource, progress: MemoryImportProgress): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    progress.bytesRead += chunk.length;
    yield chunk;
  }
}

async function writeItems(writer: MemoryImportWriter, items: AsyncIterable<TmxItem>, progress: MemoryImportProgress): Promise<{ counts: MemoryImportCounts; refusals: Refusal[] }> {
  const counts: MemoryImportCounts = { imported: 0, duplicates: 0, refused: 0, reasons: {} };
  const refusals: Refusal[] = [];
  let batch: NewMemoryUnit[] = [];
  const flush = async () => {
    const inserted = await writer.insertUnits(batch, progress);
    counts.imported += inserted;
    counts.duplicates += batch.length - inserted;
    batch = [];
  };
  for await (const item of items) {
    progress.unitsRead += 1;
    if (item.ok) {
      batch.push({ source: item.source, sourceKey: item.sourceKey, target: item.target });
      if (batch.length >= BATCH) await flush();
      continue;
    }
    counts.refused += 1;
    counts.reasons[item.code] = (counts.reasons[item.code] ?? 0) + 1;
    if (refusals.length < MAX_SAMPLES) refusals.push({ line: item.line, code: item.code });
    if (counts.refused % BATCH === 0) await writer.reportProgress(progress);
  }
  await flush();
  return { counts, refusals };
}

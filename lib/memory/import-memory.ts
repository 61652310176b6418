import "server-only";
// Imports a file of existing parallel data into the translation memory: streamed from
// its bytes to the database, never held whole. All or nothing: a malformed file, a bad
// encoding or misaligned Moses files roll back every unit already written, and the
// error says how far the reading got. The MemoryImport row, with its actor, is the
// record of who imported what (the change log's rows belong to documents).
import type { Actor } from "@/lib/changes/actor";
import { AppError } from "@/lib/errors";
import type { TmxItem } from "@/lib/text/tmx-units";
import { MemoryImportWriter, type MemoryImportCounts, type NewMemoryUnit } from "@/lib/db/queries/sqlite/memory-import-writer";
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
};

const BATCH = 1000;
// The report names the first refusals by line; the counts cover all of them.
const MAX_SAMPLES = 50;

export async function importMemory(input: MemoryImportInput): Promise<MemoryImportReport> {
  const fileName = input.fileName.trim().slice(0, 200);
  if (fileName === "") throw new AppError("invalid-input", "The import needs a file name.");
  const items = readItems(input);
  const writer = await MemoryImportWriter.open({
    fileName,
    format: input.format,
    createdById: input.actor.kind === "person" ? input.actor.id : null,
    createdByName: input.actor.name,
  });
  try {
    const { counts, refusals } = await writeItems(writer, items);
    if (counts.imported + counts.duplicates + counts.refused === 0) throw new AppError("empty-input", "The file holds no translation units.");
    writer.commit(counts);
    return { id: writer.id, fileName, format: input.format, ...counts, refusals };
  } catch (error) {
    writer.rollback();
    throw error;
  }
}

function readItems(input: MemoryImportInput): AsyncGenerator<TmxItem> {
  const maxBytes = input.maxBytes ?? MAX_IMPORT_BYTES;
  const text = decodeImportStream(input.source, maxBytes);
  if (input.format === "tmx") return readTmxUnits(text);
  if (input.format === "tsv") return readTsvUnits(text);
  if (!input.target) throw new AppError("invalid-input", "A Moses import needs the English file too (--target).");
  return readMosesUnits(text, decodeImportStream(input.target, maxBytes));
}

async function writeItems(writer: MemoryImportWriter, items: AsyncIterable<TmxItem>): Promise<{ counts: MemoryImportCounts; refusals: Refusal[] }> {
  const counts: MemoryImportCounts = { imported: 0, duplicates: 0, refused: 0, reasons: {} };
  const refusals: Refusal[] = [];
  let batch: NewMemoryUnit[] = [];
  const flush = () => {
    const inserted = writer.insertUnits(batch);
    counts.imported += inserted;
    counts.duplicates += batch.length - inserted;
    batch = [];
  };
  for await (const item of items) {
    if (item.ok) {
      batch.push({ source: item.source, sourceKey: item.sourceKey, target: item.target });
      if (batch.length >= BATCH) flush();
      continue;
    }
    counts.refused += 1;
    counts.reasons[item.code] = (counts.reasons[item.code] ?? 0) + 1;
    if (refusals.length < MAX_SAMPLES) refusals.push({ line: item.line, code: item.code });
  }
  flush();
  return { counts, refusals };
}

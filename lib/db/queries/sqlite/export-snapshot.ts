import "server-only";
// Exports read through their own read-only SQLite handle instead of the Prisma client:
// measured on 1M pairs, Prisma's raw queries took 4x longer and held ~100 MB more.
// Each export runs in one read transaction, so it sees a single snapshot of the corpus
// even while the worker writes (WAL) — which keeps Moses' two passes line-aligned.
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/database-url";
import type { ExportSnapshot } from "../types";
import { readGlossaryBatches, hasGlossaryEntries } from "./export-glossary";
import { readMentions } from "./export-mentions";
import { readPairBatches } from "./export-pairs";
import { countDraftsLeftOut, countExportStats, hasPairs, readCorpusVersion } from "./export-stats";

export type ExportDatabase = Database.Database;

// 16 MB of page cache: enough for the dedupe look-ups to stay fast, small enough to
// keep a million-pair export well under its memory budget.
const CACHE_KIB = 16_000;

export function openExportDatabase(): ExportDatabase {
  const handle = new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 10_000 });
  handle.pragma(`cache_size = -${CACHE_KIB}`);
  return handle;
}

/** Runs `read` inside one read transaction on a fresh handle, closing it however `read` ends. */
export async function* withExportSnapshot<T>(read: (snapshot: ExportSnapshot) => AsyncGenerator<T>): AsyncGenerator<T> {
  const handle = openExportDatabase();
  try {
    handle.exec("BEGIN");
    yield* read(snapshotOf(handle));
    handle.exec("COMMIT");
  } finally {
    handle.close();
  }
}

export async function readExportSnapshot<T>(read: (snapshot: ExportSnapshot) => Promise<T>): Promise<T> {
  const handle = openExportDatabase();
  try {
    handle.exec("BEGIN");
    return await read(snapshotOf(handle));
  } finally {
    handle.close();
  }
}

function snapshotOf(handle: ExportDatabase): ExportSnapshot {
  return {
    database: handle.name,
    pairBatches: (filter, sizes) => readPairBatches(handle, filter, sizes),
    mentions: async (segmentIds) => readMentions(handle, segmentIds),
    glossaryBatches: () => readGlossaryBatches(handle),
    hasGlossaryEntries: async () => hasGlossaryEntries(handle),
    documentTitles: async (documentIds) =>
      handle
        .prepare<[string], { id: string; title: string }>("SELECT id, title FROM Document WHERE id IN (SELECT value FROM json_each(?))")
        .all(JSON.stringify(documentIds)),
    corpusVersion: async () => readCorpusVersion(handle),
    countStats: async (filter) => countExportStats(handle, filter),
    countDraftsLeftOut: async (filter) => countDraftsLeftOut(handle, filter),
    hasPairs: async (filter) => hasPairs(handle, filter),
    // Counting is synchronous SQLite work: past this many rows (max rowid, read from the
    // index at once) it belongs in a worker thread with a handle of its own.
    countsOffThread: async (thresholdRows) =>
      (handle.prepare<[], { rows: number | null }>(`SELECT MAX(rowid) AS rows FROM "Segment"`).get()?.rows ?? 0) > thresholdRows,
  };
}

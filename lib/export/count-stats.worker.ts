// Worker-thread entry for the SQLite export statistics (see export-stats.ts): counts in
// its own read transaction and reports the corpus version it counted, so the answer is
// cached under the version it matches. PostgreSQL never counts here.
import Database from "better-sqlite3";
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { databaseFile } from "@/lib/database-url";
import { countExportStats, readCorpusVersion, type CountedStats } from "@/lib/db/queries/sqlite/export-stats";
import type { PairFilter } from "./export-options";

serveOffThread((filter: PairFilter): CountedStats => {
  // Its own read-only handle (export-snapshot.ts is server-only), with the same 16 MB cache.
  const handle = new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 10_000 });
  handle.pragma("cache_size = -16000");
  try {
    handle.exec("BEGIN");
    return { version: readCorpusVersion(handle), database: handle.name, stats: countExportStats(handle, filter) };
  } finally {
    handle.close();
  }
});

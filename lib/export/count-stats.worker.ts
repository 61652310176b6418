// Worker-thread entry for the export statistics (see export-stats.ts): counts in its own
// read transaction and reports the corpus version it counted, so the answer is cached
// under the version it matches.
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import type { PairFilter } from "./export-options";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/database-url";
import { countExportStats, readCorpusVersion, type CountedStats } from "./count-export-stats";

serveOffThread((filter: PairFilter): CountedStats => {
  // Its own read-only handle (export-database.ts is server-only), with the same 16 MB cache.
  const handle = new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 10_000 });
  handle.pragma("cache_size = -16000");
  try {
    handle.exec("BEGIN");
    return { version: readCorpusVersion(handle), database: handle.name, stats: countExportStats(handle, filter) };
  } finally {
    handle.close();
  }
});

import "server-only";
// Each export reads inside one REPEATABLE READ READ ONLY transaction: a single snapshot of
// the corpus however long the download takes and whoever writes meanwhile, which keeps
// Moses' two passes line-aligned. A streaming export holds a connection of its own for its
// cursors; short reads (statistics, checks) take one from the read pool.
import { redactedUrl, databaseUrl } from "@/lib/database-url";
import { AppError } from "@/lib/errors";
import type { GlossaryRow } from "@/lib/export/export-rows";
import type { ExportSnapshot } from "../types";
import { openConnection, withReadSnapshot, type Queryable } from "./connection";
import { cursorBatches } from "./cursor";
import { readMentions, readPairBatches } from "./export-pairs";
import { countDraftsLeftOut, countExportStats, hasPairs, readCorpusVersion } from "./export-stats";

const GLOSSARY_BATCH = 2_000;
/** A count past this is refused (as SQLite's worker thread is stopped at its budget). */
const STATS_BUDGET_MS = 120_000;
const QUERY_CANCELED = "57014";

export async function* withExportSnapshot<T>(read: (snapshot: ExportSnapshot) => AsyncGenerator<T>): AsyncGenerator<T> {
  const client = await openConnection();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    yield* read(snapshotOf(client));
    await client.query("COMMIT");
  } finally {
    // Ending the connection also ends a transaction left open by an abandoned download.
    await client.end().catch(() => undefined);
  }
}

export async function readExportSnapshot<T>(read: (snapshot: ExportSnapshot) => Promise<T>): Promise<T> {
  try {
    return await withReadSnapshot((client) => read(snapshotOf(client)), { statementTimeoutMs: STATS_BUDGET_MS });
  } catch (error) {
    if ((error as { code?: string }).code === QUERY_CANCELED) {
      throw new AppError("too-complex", "Counting the export took too long; narrow the choice of documents.");
    }
    throw error;
  }
}

function snapshotOf(client: Queryable): ExportSnapshot {
  return {
    database: redactedUrl(databaseUrl()),
    pairBatches: (filter, sizes) => readPairBatches(client, filter, sizes),
    mentions: (segmentIds) => readMentions(client, segmentIds),
    glossaryBatches: () =>
      cursorBatches<GlossaryRow>(
        client,
        `SELECT "key", "source", "target", "type"::text AS "type" FROM "GlossaryEntry"
         WHERE "key" NOT IN (SELECT "key" FROM "GlossarySuppression") ORDER BY "key" COLLATE "C"`,
        [],
        GLOSSARY_BATCH,
      ),
    hasGlossaryEntries: async () => (await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM "GlossaryEntry") AS "found"`)).rows[0]?.found === true,
    documentTitles: async (documentIds) =>
      (await client.query<{ id: string; title: string }>(`SELECT "id", "title" FROM "Document" WHERE "id" = ANY($1::text[])`, [[...documentIds]])).rows,
    corpusVersion: () => readCorpusVersion(client),
    countStats: (filter) => countExportStats(client, filter),
    countDraftsLeftOut: (filter) => countDraftsLeftOut(client, filter),
    hasPairs: (filter) => hasPairs(client, filter),
    countsOffThread: async () => false,
  };
}

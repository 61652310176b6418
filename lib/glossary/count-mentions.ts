import "server-only";
// Mention and document counts per entry in one grouped query, rather than one per entry.
// Mentions in trashed documents do not count: the trash is out of the corpus until restored.
import { db, type Db, type Tx } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import type { EntryCounts } from "./reshape-entry";

/** Counts for the given entries, or for every entry when `entryIds` is null. */
export async function countMentions(entryIds: readonly string[] | null, client: Db | Tx = db): Promise<Map<string, EntryCounts>> {
  const rows = await dialect().countMentions(entryIds, client);
  return new Map(rows.map((row) => [row.entryId, { mentionCount: row.mentionCount, documentCount: row.documentCount }]));
}

import "server-only";
// Mention and document counts per entry in one grouped query, rather than one per entry.
// Mentions in trashed documents do not count: the trash is out of the corpus until restored.
import { db, type Db, type Tx } from "@/lib/db";
import type { EntryCounts } from "./reshape-entry";

type CountRow = { entryId: string; mentionCount: bigint | number; documentCount: bigint | number };

/** Counts for the given entries, or for every entry when `entryIds` is null. */
export async function countMentions(entryIds: readonly string[] | null, client: Db | Tx = db): Promise<Map<string, EntryCounts>> {
  const rows =
    entryIds === null
      ? await client.$queryRaw<CountRow[]>`
          SELECT entryId, COUNT(*) AS mentionCount, COUNT(DISTINCT documentId) AS documentCount
          FROM EntityMention m JOIN Document d ON d.id = m.documentId
          WHERE d."deletedAt" IS NULL GROUP BY entryId`
      : await client.$queryRaw<CountRow[]>`
          SELECT entryId, COUNT(*) AS mentionCount, COUNT(DISTINCT documentId) AS documentCount
          FROM EntityMention m JOIN Document d ON d.id = m.documentId
          WHERE d."deletedAt" IS NULL AND entryId IN (SELECT value FROM json_each(${JSON.stringify(entryIds)})) GROUP BY entryId`;
  return new Map(rows.map((row) => [row.entryId, { mentionCount: Number(row.mentionCount), documentCount: Number(row.documentCount) }]));
}

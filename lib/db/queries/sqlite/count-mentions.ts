import "server-only";
// Mention and document counts per glossary entry in one grouped query. Mentions in trashed
// documents do not count: the trash is out of the corpus until restored.
import type { Db, Tx } from "@/lib/db";
import type { MentionCountRow } from "../types";

type CountRow = { entryId: string; mentionCount: bigint | number; documentCount: bigint | number };

export async function countMentions(entryIds: readonly string[] | null, client: Db | Tx): Promise<MentionCountRow[]> {
  const rows =
    entryIds === null
      ? await client.$queryRaw<CountRow[]>`
          SELECT m."entryId" AS "entryId", COUNT(*) AS "mentionCount", COUNT(DISTINCT m."documentId") AS "documentCount"
          FROM "EntityMention" m JOIN "Document" d ON d."id" = m."documentId"
          WHERE d."deletedAt" IS NULL GROUP BY m."entryId"`
      : await client.$queryRaw<CountRow[]>`
          SELECT m."entryId" AS "entryId", COUNT(*) AS "mentionCount", COUNT(DISTINCT m."documentId") AS "documentCount"
          FROM "EntityMention" m JOIN "Document" d ON d."id" = m."documentId"
          WHERE d."deletedAt" IS NULL AND m."entryId" IN (SELECT value FROM json_each(${JSON.stringify(entryIds)})) GROUP BY m."entryId"`;
  return rows.map((row) => ({ entryId: row.entryId, mentionCount: Number(row.mentionCount), documentCount: Number(row.documentCount) }));
}

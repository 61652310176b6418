import "server-only";
// Mention and document counts per glossary entry in one grouped query (as on SQLite);
// the entry ids arrive as one bound text array.
import type { Db, Tx } from "@/lib/db";
import type { MentionCountRow } from "../types";

export async function countMentions(entryIds: readonly string[] | null, client: Db | Tx): Promise<MentionCountRow[]> {
  return entryIds === null
    ? client.$queryRaw<MentionCountRow[]>`
        SELECT m."entryId" AS "entryId", COUNT(*)::integer AS "mentionCount", COUNT(DISTINCT m."documentId")::integer AS "documentCount"
        FROM "EntityMention" m JOIN "Document" d ON d."id" = m."documentId"
        WHERE d."deletedAt" IS NULL GROUP BY m."entryId"`
    : client.$queryRaw<MentionCountRow[]>`
        SELECT m."entryId" AS "entryId", COUNT(*)::integer AS "mentionCount", COUNT(DISTINCT m."documentId")::integer AS "documentCount"
        FROM "EntityMention" m JOIN "Document" d ON d."id" = m."documentId"
        WHERE d."deletedAt" IS NULL AND m."entryId" = ANY(${[...entryIds]}::text[]) GROUP BY m."entryId"`;
}

import "server-only";
// Full-text search over both languages through the FTS5 index the search migration keeps
// in sync (prisma/migrations/20261121020000_search). Best matches first (bm25); the user's
// text only ever reaches SQL as a bound, quoted MATCH string.
import { db } from "@/lib/db";
import type { SearchRow } from "@/lib/search/group-results";
import { MATCH_CLOSE, MATCH_OPEN } from "@/lib/search/highlight-parts";
import type { SearchTerms } from "../types";

export async function searchSegments(query: SearchTerms, limit: number): Promise<SearchRow[]> {
  const rows = await db.$queryRaw<SearchRow[]>`
    SELECT s."id" AS "segmentId", s."documentId" AS "documentId", s."position" AS "position", s."status" AS "status",
           highlight("SegmentSearch", 0, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "source",
           highlight("SegmentSearch", 1, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "target",
           d."title" AS "title", d."sourceName" AS "sourceName", d."status" AS "documentStatus"
    FROM "SegmentSearch"
    JOIN "Segment" s ON s."rowid" = "SegmentSearch"."rowid"
    JOIN "Document" d ON d."id" = s."documentId"
    WHERE "SegmentSearch" MATCH ${query.match} AND d."deletedAt" IS NULL
    ORDER BY bm25("SegmentSearch"), s."documentId", s."position"
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, position: Number(row.position) }));
}

/**
 * Rebuilds the index from the Segment table. Needed only after a VACUUM (which may
 * renumber Segment's rowids) or a migration that redefines Segment.
 */
export async function rebuildSearchIndex(): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO "SegmentSearch"("SegmentSearch") VALUES ('rebuild')`);
}

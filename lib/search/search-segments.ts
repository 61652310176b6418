import "server-only";
// Full-text search over both languages through the FTS5 index the search migration keeps
// in sync (prisma/migrations/20261121020000_search). Best matches first (bm25), grouped
// by document; the user's text only ever reaches SQL as a bound, quoted MATCH string.
import { db } from "@/lib/db";
import { toFtsQuery } from "./fts-query";
import { groupByDocument, type SearchRow } from "./group-results";
import { MATCH_CLOSE, MATCH_OPEN } from "./highlight-parts";
import type { SearchResult } from "./types";

const ROW_LIMIT = 300;
const HITS_PER_DOCUMENT = 5;

const MESSAGES = {
  "empty-query": "Type a word to search for.",
  "query-too-long": "The search text is too long.",
  "invalid-query": "The search text contains control characters that cannot be searched for.",
} as const;

export async function searchSegments(query: string): Promise<SearchResult> {
  const fts = toFtsQuery(query);
  if (!fts.ok) return { ok: false, code: fts.code, message: MESSAGES[fts.code] };
  const rows = await db.$queryRaw<SearchRow[]>`
    SELECT s.id AS segmentId, s.documentId AS documentId, s.position AS position, s.status AS status,
           highlight(SegmentSearch, 0, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS source,
           highlight(SegmentSearch, 1, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS target,
           d.title AS title, d.sourceName AS sourceName, d.status AS documentStatus
    FROM SegmentSearch
    JOIN Segment s ON s.rowid = SegmentSearch.rowid
    JOIN Document d ON d.id = s.documentId
    WHERE SegmentSearch MATCH ${fts.match} AND d."deletedAt" IS NULL
    ORDER BY bm25(SegmentSearch), s.documentId, s.position
    LIMIT ${ROW_LIMIT + 1}`;
  const truncated = rows.length > ROW_LIMIT;
  const kept = rows.slice(0, ROW_LIMIT).map((row) => ({ ...row, position: Number(row.position) }));
  return { ok: true, query: fts.terms.join(" "), total: kept.length, truncated, groups: groupByDocument(kept, HITS_PER_DOCUMENT) };
}

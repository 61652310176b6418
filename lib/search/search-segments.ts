import "server-only";
// Full-text search over both languages (the dialect's index: FTS5 on SQLite, tsvector on
// PostgreSQL), best matches first, grouped by document.
import { dialect } from "@/lib/db/queries/dialect";
import { toFtsQuery } from "./fts-query";
import { groupByDocument } from "./group-results";
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
  const rows = await dialect().searchSegments(fts, ROW_LIMIT + 1);
  const truncated = rows.length > ROW_LIMIT;
  const kept = rows.slice(0, ROW_LIMIT);
  return { ok: true, query: fts.terms.join(" "), total: kept.length, truncated, groups: groupByDocument(kept, HITS_PER_DOCUMENT) };
}

import "server-only";
// Full-text search over both languages through the generated "searchVector" column and its
// GIN index (prisma/postgres/migrations/20261203000000_search): words folded as FTS5 folds
// them, every term required, the last one a prefix, best matches first (ts_rank), matched
// words marked by ts_headline with the markers SQLite's highlight() uses. The user's terms
// reach SQL only as bound values, each inside a quoted websearch phrase, so "or", "-" and
// quotes in them are plain words.
import { db } from "@/lib/db";
import type { SearchRow } from "@/lib/search/group-results";
import { MATCH_CLOSE, MATCH_OPEN } from "@/lib/search/highlight-parts";
import type { SearchTerms } from "../types";

/** HighlightAll: the whole sentence comes back, not ts_headline's default fragment. */
const HEADLINE = `StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}, HighlightAll=true`;

export async function searchSegments(query: SearchTerms, limit: number): Promise<SearchRow[]> {
  // "terms" folds each term as the column was folded (selaras_search_text); "q" joins them
  // as phrases and turns the last lexeme of the last one into a prefix ('jakarta' <-> 'ut':*).
  return db.$queryRaw<SearchRow[]>`
    WITH "terms" AS (
      SELECT "selaras_search_text"("term") AS "text", "n" FROM unnest(${[...query.terms]}::text[]) WITH ORDINALITY AS t("term", "n")
    ), "q" AS (
      SELECT websearch_to_tsquery('simple', coalesce(string_agg('"' || "text" || '"', ' ' ORDER BY "n") FILTER (WHERE "n" < ${query.terms.length}), ''))
        && regexp_replace(websearch_to_tsquery('simple', '"' || coalesce(max("text") FILTER (WHERE "n" = ${query.terms.length}), '') || '"')::text, '''$', ''':*')::tsquery AS "query"
      FROM "terms"
    ), "hits" AS (
      SELECT s."id", s."documentId", s."position", s."status", s."source", s."target", ts_rank(s."searchVector", q."query") AS "rank"
      FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId" CROSS JOIN "q" q
      WHERE s."searchVector" @@ q."query" AND d."deletedAt" IS NULL
      ORDER BY "rank" DESC, s."documentId" COLLATE "C", s."position"
      LIMIT ${limit}
    )
    SELECT h."id" AS "segmentId", h."documentId" AS "documentId", h."position" AS "position", h."status"::text AS "status",
           ts_headline('selaras_headline', h."source", q."query", ${HEADLINE}) AS "source",
           ts_headline('selaras_headline', h."target", q."query", ${HEADLINE}) AS "target",
           d."title" AS "title", d."sourceName" AS "sourceName", d."status"::text AS "documentStatus"
    FROM "hits" h JOIN "Document" d ON d."id" = h."documentId" CROSS JOIN "q" q
    ORDER BY h."rank" DESC, h."documentId" COLLATE "C", h."position"`;
}

/** The generated column is computed with every write of the text: nothing to rebuild. */
export async function rebuildSearchIndex(): Promise<void> {}

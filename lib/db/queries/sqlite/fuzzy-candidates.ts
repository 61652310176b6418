import "server-only";
// Candidate sentences for translation-memory suggestions, found through the FTS5 index
// ("SegmentSearch", external content on "Segment") instead of scanning every source with
// LIKE '%word%'. The words only ever reach SQL inside one bound MATCH string, each one
// quoted, so FTS5 syntax in a sentence is plain text.
import { db } from "@/lib/db";
import type { FuzzyCandidateQuery, FuzzyCandidateRow } from "../types";

/**
 * `source : ("a" OR "b")` limits the match to the Indonesian column. A word with a hyphen
 * or apostrophe ("anak-anak") becomes a quoted phrase of its tokens, which every sentence
 * containing the word also contains, so the index never misses what LIKE found by word.
 */
export function fuzzyMatchExpression(words: readonly string[]): string {
  const quoted = words.map((word) => `"${word.replace(/"/g, "")}"`).filter((term) => term !== '""');
  return `source : (${quoted.join(" OR ")})`;
}

/**
 * Reviewed sentences sharing a word, in live documents only; bm25 puts those sharing the
 * most (and rarest) words first, so the limit keeps the likeliest matches.
 */
export async function findFuzzyCandidates(query: FuzzyCandidateQuery): Promise<FuzzyCandidateRow[]> {
  if (query.words.length === 0) return [];
  return db.$queryRaw<FuzzyCandidateRow[]>`
    SELECT "s"."id" AS "id", "s"."source" AS "source", "s"."target" AS "target", "s"."status" AS "status"
    FROM "SegmentSearch"
    JOIN "Segment" AS "s" ON "s"."rowid" = "SegmentSearch"."rowid"
    JOIN "Document" AS "d" ON "d"."id" = "s"."documentId"
    WHERE "SegmentSearch" MATCH ${fuzzyMatchExpression(query.words)}
      AND "s"."status" IN ('edited', 'approved')
      AND "s"."target" IS NOT NULL AND "s"."target" <> ''
      AND "s"."id" <> ${query.excludeId}
      AND "d"."deletedAt" IS NULL
      AND length("s"."source") BETWEEN ${query.minLength} AND ${query.maxLength}
    ORDER BY bm25("SegmentSearch"), "s"."updatedAt" DESC
    LIMIT ${query.limit}`;
}

import "server-only";
// Candidate units from imported translation memory for fuzzy suggestions, through their
// own FTS5 index ("MemoryUnitSearch", external content on "MemoryUnit"), with the same
// bound MATCH expression as the sentences' (fuzzy-candidates.ts). Only done imports:
// a running or failed import's units are not memory.
import { db } from "@/lib/db";
import type { FuzzyCandidateQuery, FuzzyUnitRow } from "../types";
import { fuzzyMatchExpression } from "./fuzzy-candidates";

export async function findFuzzyUnitCandidates(query: Omit<FuzzyCandidateQuery, "excludeId">): Promise<FuzzyUnitRow[]> {
  if (query.words.length === 0) return [];
  const rows = await db.$queryRaw<{ id: number | bigint; source: string; target: string; fileName: string }[]>`
    SELECT "u"."id" AS "id", "u"."source" AS "source", "u"."target" AS "target", "i"."fileName" AS "fileName"
    FROM "MemoryUnitSearch"
    JOIN "MemoryUnit" AS "u" ON "u"."id" = "MemoryUnitSearch"."rowid"
    JOIN "MemoryImport" AS "i" ON "i"."id" = "u"."importId"
    WHERE "MemoryUnitSearch" MATCH ${fuzzyMatchExpression(query.words)}
      AND "i"."status" = 'done'
      AND length("u"."source") BETWEEN ${query.minLength} AND ${query.maxLength}
    ORDER BY bm25("MemoryUnitSearch"), "u"."id" DESC
    LIMIT ${query.limit}`;
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

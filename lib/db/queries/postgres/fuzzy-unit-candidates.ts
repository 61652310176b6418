import "server-only";
// Candidate units from imported translation memory for fuzzy suggestions, through their own
// trigram index, with the same word condition as the sentences' (fuzzy-candidates.ts). Only
// done imports: a running or failed import's units are not memory.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FuzzyCandidateQuery, FuzzyUnitRow } from "../types";
import { sharesAWord } from "./fuzzy-candidates";

export async function findFuzzyUnitCandidates(query: Omit<FuzzyCandidateQuery, "excludeId">): Promise<FuzzyUnitRow[]> {
  if (query.words.length === 0) return [];
  return db.$queryRaw<FuzzyUnitRow[]>`
    SELECT u."id" AS "id", u."source" AS "source", u."target" AS "target", i."fileName" AS "fileName"
    FROM "MemoryUnit" u JOIN "MemoryImport" i ON i."id" = u."importId"
    WHERE ${sharesAWord(query.words, Prisma.sql`u."source"`)}
      AND i."status" = 'done'
      AND length(u."source") BETWEEN ${query.minLength} AND ${query.maxLength}
    ORDER BY similarity("selaras_unaccent"(u."source"), "selaras_unaccent"(${query.text})) DESC, u."id" DESC
    LIMIT ${query.limit}`;
}

import "server-only";
// Candidate sentences for translation-memory suggestions through pg_trgm: the GIN trigram
// index on the accent-folded source of reviewed sentences (prisma/postgres/migrations/
// 20261203000000_search) finds sentences with a word like one of the required words, and a
// strict word similarity of 1 keeps those that hold the word itself, whole, in any case,
// with or without accents: the candidates SQLite's FTS5 match gives. The most similar
// sentences come first, so the limit keeps the likeliest. Words reach SQL as bound values.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FuzzyCandidateQuery, FuzzyCandidateRow } from "../types";

/**
 * "word <<% text" is the indexable form (strict word similarity at or above pg_trgm's
 * threshold, 0.5 by default); the equality then asks for the whole word. A hyphenated or
 * apostrophised word ("anak-anak") matches where its parts stand together, as FTS5's
 * phrase does, and also where they stand apart: more candidates, never fewer.
 */
export function sharesAWord(words: readonly string[], column: Prisma.Sql): Prisma.Sql {
  const folded = Prisma.sql`"selaras_unaccent"(${column})`;
  const each = words.map(
    (word) => Prisma.sql`("selaras_unaccent"(${word}) <<% ${folded} AND strict_word_similarity("selaras_unaccent"(${word}), ${folded}) = 1)`,
  );
  return Prisma.sql`(${Prisma.join(each, " OR ")})`;
}

export async function findFuzzyCandidates(query: FuzzyCandidateQuery): Promise<FuzzyCandidateRow[]> {
  if (query.words.length === 0) return [];
  return db.$queryRaw<FuzzyCandidateRow[]>`
    SELECT s."id" AS "id", s."source" AS "source", s."target" AS "target", s."status"::text AS "status"
    FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE s."status" IN ('edited', 'approved')
      AND ${sharesAWord(query.words, Prisma.sql`s."source"`)}
      AND s."target" IS NOT NULL AND s."target" <> ''
      AND s."id" <> ${query.excludeId}
      AND d."deletedAt" IS NULL
      AND length(s."source") BETWEEN ${query.minLength} AND ${query.maxLength}
    ORDER BY similarity("selaras_unaccent"(s."source"), "selaras_unaccent"(${query.text})) DESC, s."updatedAt" DESC
    LIMIT ${query.limit}`;
}

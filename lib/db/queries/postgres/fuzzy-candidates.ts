import "server-only";
// Candidate sentences for translation-memory suggestions through pg_trgm: the GIN trigram
// index on the accent-folded source of reviewed sentences (prisma/postgres/migrations/
// 20261203000000_search) finds the sentences holding one of the required words somewhere,
// and a strict word similarity of 1 keeps those that hold it as a whole word, in any case,
// with or without accents: the candidates SQLite's FTS5 match gives. The most similar
// sentences come first, so the limit keeps the likeliest. Words reach SQL as bound values.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FuzzyCandidateQuery, FuzzyCandidateRow } from "../types";

/**
 * ILIKE '%word%' is what the trigram index answers exactly (every trigram of the word must
 * be there; measured 16 ms where pg_trgm's own word-similarity operator, at its 0.5
 * threshold, took 640 ms on 60,000 sentences sharing word stems). The strict similarity
 * then asks for the whole word: "naik" in "naikkan" is 0.44. A hyphenated or apostrophised
 * word ("anak-anak") is looked for as written: a sentence shares that word (similarity.ts)
 * only where it is written so.
 */
export function sharesAWord(words: readonly string[], column: Prisma.Sql): Prisma.Sql {
  const folded = Prisma.sql`"selaras_unaccent"(${column})`;
  const each = words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, "\\$&")}%`;
    return Prisma.sql`(${folded} ILIKE "selaras_unaccent"(${pattern}) AND strict_word_similarity("selaras_unaccent"(${word}), ${folded}) = 1)`;
  });
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

import "server-only";
// Sentences whose Indonesian holds one of a root's surface forms, through the search column
// restricted to the Indonesian side (weight A): each form a whole-word phrase, joined with
// OR. Forms are letters and hyphens only (rootForms of an analysed word) and are folded like
// the column, so inside the quotes nothing can be tsquery syntax.
import { db } from "@/lib/db";
import type { ConcordanceRow } from "../types";

export async function rootConcordance(forms: readonly string[], limit: number): Promise<ConcordanceRow[]> {
  const safe = forms.filter((form) => /^[\p{L}-]+$/u.test(form));
  if (safe.length === 0) return [];
  return db.$queryRaw<ConcordanceRow[]>`
    WITH "q" AS (
      SELECT to_tsquery('simple', string_agg('''' || "selaras_search_text"("form") || ''':A', ' | ')) AS "query"
      FROM unnest(${safe}::text[]) AS f("form")
    )
    SELECT s."id" AS "segmentId", s."documentId" AS "documentId", d."title" AS "documentTitle", s."source" AS "source", s."target" AS "target"
    FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId" CROSS JOIN "q" q
    WHERE s."searchVector" @@ q."query" AND d."deletedAt" IS NULL
    ORDER BY d."createdAt" DESC, s."position"
    LIMIT ${limit}`;
}

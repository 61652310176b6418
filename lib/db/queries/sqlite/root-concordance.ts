import "server-only";
// Sentences whose Indonesian holds one of a root's surface forms, through the FTS5 index
// (whole-word match on every form, joined with OR). Forms are letters only (rootForms of an
// analysed word), each quoted, so nothing the user typed reaches SQL as syntax.
import { db } from "@/lib/db";
import type { ConcordanceRow } from "../types";

export async function rootConcordance(forms: readonly string[], limit: number): Promise<ConcordanceRow[]> {
  const safe = forms.filter((form) => /^[\p{L}-]+$/u.test(form));
  if (safe.length === 0) return [];
  const match = `source : (${safe.map((form) => `"${form}"`).join(" OR ")})`;
  return db.$queryRaw<ConcordanceRow[]>`
    SELECT s."id" AS "segmentId", s."documentId" AS "documentId", d."title" AS "documentTitle", s."source" AS "source", s."target" AS "target"
    FROM "SegmentSearch"
    JOIN "Segment" s ON s."rowid" = "SegmentSearch"."rowid"
    JOIN "Document" d ON d."id" = s."documentId"
    WHERE "SegmentSearch" MATCH ${match} AND d."deletedAt" IS NULL
    ORDER BY d."createdAt" DESC, s."position"
    LIMIT ${limit}`;
}

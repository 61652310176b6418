import "server-only";
// Reads the aligned pairs of an export in document order (document createdAt, id in byte
// order, then position) through one server-side cursor, a batch at a time. Dates are
// compared as timestamps and come out as ISO 8601 UTC text, ready for the formats.
import type { PairFilter } from "@/lib/export/export-options";
import { BATCH_SIZES, groupMentions, type BatchSizes, type ExportMention, type MentionRow, type Pair } from "@/lib/export/export-rows";
import type { Queryable } from "./connection";
import { cursorBatches } from "./cursor";
import { dedupeCondition, pairConditions, SqlParams } from "./pair-filter";

/** Milliseconds and a Z, as Prisma stores instants: the formats print them unchanged. */
export const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type PairRow = Omit<Pair, "alignConfidence"> & { alignConfidence: number | null };

export async function* readPairBatches(client: Queryable, filter: PairFilter, sizes: BatchSizes = BATCH_SIZES): AsyncGenerator<Pair[]> {
  const params = new SqlParams();
  const sql = `
    SELECT s."id", s."documentId", d."title" AS "documentTitle", s."paragraphIndex", s."position", s."source", s."target",
      s."status"::text AS "status", s."engine", s."reviewedBy", s."alignConfidence",
      ${isoUtc('d."createdAt"')} AS "createdAt", ${isoUtc('s."updatedAt"')} AS "updatedAt"
    FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE d."deletedAt" IS NULL AND ${pairConditions("s", filter, params)}
      ${filter.dedupe ? `AND ${dedupeCondition("s", "d", filter, params)}` : ""}
    ORDER BY d."createdAt", d."id" COLLATE "C", s."position"`;
  for await (const rows of cursorBatches<PairRow>(client, sql, params.values, sizes.pairs)) {
    for (const row of rows) row.alignConfidence = roundConfidence(row.alignConfidence);
    yield rows;
  }
}

/**
 * Three decimals, rounded from the exact binary value as SQLite's round(x, 3) does (so
 * 0.1235, stored as 0.12349999…, gives 0.123); PostgreSQL's numeric round would give
 * 0.124. toFixed rounds the exact value too: checked equal to SQLite on 24,000 values.
 */
export function roundConfidence(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(3));
}

export async function readMentions(client: Queryable, segmentIds: readonly string[]): Promise<Map<string, ExportMention[]>> {
  const { rows } = await client.query<MentionRow>(
    `SELECT m."segmentId", m."start", m."end", m."surface", g."source", g."target", g."type"::text AS "type"
     FROM "EntityMention" m JOIN "GlossaryEntry" g ON g."id" = m."entryId"
     WHERE m."segmentId" = ANY($1::text[])
     ORDER BY m."segmentId" COLLATE "C", m."start", m."end"`,
    [[...segmentIds]],
  );
  return groupMentions(rows);
}

import "server-only";
// The export statistics' SQL on PostgreSQL: what a download would contain, counted with
// the very WHERE clause the PostgreSQL export uses (pair-filter.ts). The server does the
// counting, so unlike SQLite's there is nothing to move off the event loop.
import type { PairFilter } from "@/lib/export/export-options";
import type { ExportStats } from "@/lib/export/export-rows";
import { summariseStats, type GroupRow } from "@/lib/export/summarise-stats";
import type { Queryable } from "./connection";
import { dedupeCondition, draftCondition, pairConditions, SqlParams, wordCountSql } from "./pair-filter";

type CountedRow = Omit<GroupRow, "sourceWords" | "targetWords"> & { sourceWords: string | null; targetWords: string | null };

/** Row 1 of "CorpusVersion", bumped by triggers on every change an export counts. */
export async function readCorpusVersion(client: Queryable): Promise<number> {
  const { rows } = await client.query<{ version: number }>(`SELECT "version" FROM "CorpusVersion" WHERE "id" = 1`);
  return rows[0]?.version ?? -1;
}

export async function countExportStats(client: Queryable, filter: PairFilter): Promise<ExportStats> {
  const params = new SqlParams();
  // Groups in SQLite's order (byte order, no value first), so the answers' keys come in the same order.
  const { rows } = await client.query<CountedRow>(
    `SELECT s."status"::text AS "status", s."engine", s."reviewedBy", COUNT(*)::integer AS "pairs",
       SUM(${wordCountSql('s."source"')}) AS "sourceWords", SUM(${wordCountSql('s."target"')}) AS "targetWords"
     FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
     WHERE ${pairConditions("s", filter, params)} ${filter.dedupe ? `AND ${dedupeCondition("s", "d", filter, params)}` : ""}
     GROUP BY s."status", s."engine", s."reviewedBy"
     ORDER BY s."status"::text COLLATE "C", s."engine" COLLATE "C" NULLS FIRST, s."reviewedBy" COLLATE "C" NULLS FIRST`,
    params.values,
  );
  const groups = rows.map((row) => ({ ...row, sourceWords: Number(row.sourceWords ?? 0), targetWords: Number(row.targetWords ?? 0) }));
  return { ...summariseStats(groups), draftsLeftOut: await countDraftsLeftOut(client, filter) };
}

/** Draft pairs the filter holds back, counted before duplicates are removed. */
export async function countDraftsLeftOut(client: Queryable, filter: PairFilter): Promise<number> {
  if (filter.drafts) return 0;
  const params = new SqlParams();
  const { rows } = await client.query<{ drafts: number }>(
    `SELECT COUNT(*)::integer AS "drafts" FROM "Segment" s WHERE ${pairConditions("s", { ...filter, drafts: true }, params)} AND ${draftCondition("s")}`,
    params.values,
  );
  return rows[0]?.drafts ?? 0;
}

/** Whether the filter keeps any pair (the first pair in export order is never a duplicate). */
export async function hasPairs(client: Queryable, filter: PairFilter): Promise<boolean> {
  const params = new SqlParams();
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "Segment" s WHERE ${pairConditions("s", filter, params)}) AS "found"`,
    params.values,
  );
  return rows[0]?.found === true;
}

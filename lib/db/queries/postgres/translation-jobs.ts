import "server-only";
// The translation queue's raw SQL on PostgreSQL, and the only place it lives. Two kinds:
//
// - The ledger (TranslationTask): which sentences are owed, which failed and why, and
//   which pg-boss job carries each one now (jobId).
// - The few things pg-boss 10 has no call for, done on its job table (schema "pgboss",
//   pinned to 10.4.2; pg-boss-schema.test.ts fails when the installed version wants
//   another schema): renewing a lease while a batch runs, giving a job back without
//   counting the attempt, when owed work next becomes claimable, and which ledger rows
//   lost their job. pg-boss counts an attempt at fetch (retry_count goes up when the job
//   had started before) and ends one at started_on + expire_in; these keep to that.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

export type TaskKind = "translate" | "redraft" | "compare";
/** pg-boss queue names: one per kind, so a worker without the neural model never fetches redrafts. */
export const QUEUES: readonly TaskKind[] = ["translate", "redraft", "compare"];

/** The queues a worker takes work from, in the order it does: articles first, a learner's comparisons last. */
export function queuesFor(redrafts: boolean): readonly TaskKind[] {
  return redrafts ? QUEUES : ["translate", "compare"];
}
export const DEAD_LETTER_QUEUE = "translation-dead";

export type OwedRow = { segmentId: string; kind: TaskKind };
export type PreviousJob = { segmentId: string; jobId: string; kind: TaskKind };
export type LedgerRow = { id: number; segmentId: string; kind: TaskKind; priority: number; maxAttempts: number; jobId: string };
export type ClaimedLedgerRow = LedgerRow & { trashed: boolean };

/** Pending sentences of a document, or among the ones named, in reading order. */
export async function pendingSegments(tx: Tx, owed: { documentId: string } | { segmentIds: readonly string[] }): Promise<string[]> {
  const which =
    "documentId" in owed
      ? Prisma.sql`s."documentId" = ${owed.documentId}`
      : owed.segmentIds.length > 0
        ? Prisma.sql`s."id" IN (${Prisma.join(owed.segmentIds)})`
        : Prisma.sql`FALSE`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Segment" s WHERE ${which} AND s."status" = 'pending' ORDER BY s."documentId", s."position"`;
  return rows.map((row) => row.id);
}

/**
 * Published pairs of a document whose comparison draft is missing or made from older
 * Indonesian. A sentence with a task of another kind is left to it; a comparison that
 * failed is owed afresh.
 */
export async function comparisonSegments(tx: Tx, documentId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Segment" s
    WHERE s."documentId" = ${documentId} AND s."engine" = 'aligned' AND s."status" IN ('reference', 'edited', 'approved') AND s."source" <> ''
      AND NOT EXISTS (SELECT 1 FROM "ComparisonDraft" c WHERE c."segmentId" = s."id" AND c."source" = s."source")
      AND NOT EXISTS (SELECT 1 FROM "TranslationTask" t WHERE t."segmentId" = s."id" AND NOT (t."kind" = 'compare' AND t."failedAt" IS NOT NULL))
    ORDER BY s."position"`;
  return rows.map((row) => row.id);
}

/**
 * The safety net's first half: sentences whose state calls for work that no ledger row
 * covers (made by a split, a merge, an older version, or lost in a race), in ingest order.
 */
export async function uncoveredSegments(client: Db | Tx, kind: "translate" | "redraft", limit: number): Promise<string[]> {
  const state =
    kind === "translate" ? Prisma.sql`s."status" = 'pending'` : Prisma.sql`s."status" = 'machine' AND s."engine" LIKE 'draft:%'`;
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE ${state} AND d."deletedAt" IS NULL AND d."linkingFrom" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "TranslationTask" t WHERE t."segmentId" = s."id")
    ORDER BY d."createdAt", s."position" LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * The safety net's second half: owed ledger rows whose job is gone (archived after the
 * retention period, cancelled by hand, parked while the document was in the trash) or
 * finished without the row being cleared. A job that failed still counts: its dead
 * letter records the failure on the row.
 */
export async function orphanedTasks(client: Db | Tx, kinds: readonly TaskKind[], limit: number): Promise<OwedRow[]> {
  return client.$queryRaw<OwedRow[]>`
    SELECT t."segmentId", t."kind"::text AS "kind" FROM "TranslationTask" t
    JOIN "Segment" s ON s."id" = t."segmentId" JOIN "Document" d ON d."id" = s."documentId"
    WHERE t."failedAt" IS NULL AND t."kind"::text IN (${Prisma.join(kinds)}) AND d."deletedAt" IS NULL
      AND (t."jobId" IS NULL OR NOT EXISTS (
        SELECT 1 FROM pgboss.job j
        WHERE j.name = t."kind"::text AND j.id = t."jobId"::uuid AND j.state IN ('created', 'retry', 'active', 'failed')))
    ORDER BY t."id" LIMIT ${limit}`;
}

/** The jobs that carried these sentences until now; they are cancelled when the sentences are owed again. */
export async function previousJobs(tx: Tx, segmentIds: readonly string[]): Promise<PreviousJob[]> {
  if (segmentIds.length === 0) return [];
  return tx.$queryRaw<PreviousJob[]>`
    SELECT "segmentId", "jobId", "kind"::text AS "kind" FROM "TranslationTask"
    WHERE "segmentId" = ANY(${segmentIds}::text[]) AND "jobId" IS NOT NULL`;
}

/**
 * Owes the sentences afresh, each with its new job id: a row that existed (owed, held or
 * failed) starts over with fresh attempts and the higher priority.
 */
export async function upsertLedger(tx: Tx, rows: readonly (OwedRow & { jobId: string })[], priority: number, maxAttempts: number): Promise<LedgerRow[]> {
  if (rows.length === 0) return [];
  const result = await tx.$queryRaw<LedgerRow[]>`
    INSERT INTO "TranslationTask" AS t ("segmentId", "kind", "priority", "attempts", "maxAttempts", "createdAt", "jobId")
    SELECT v."segmentId", v."kind"::"TranslationTaskKind", ${priority}, 0, ${maxAttempts}, now(), v."jobId"
    FROM unnest(${rows.map((r) => r.segmentId)}::text[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.jobId)}::text[])
      WITH ORDINALITY AS v("segmentId", "kind", "jobId", "n")
    ORDER BY v."n"
    ON CONFLICT ("segmentId") DO UPDATE SET "kind" = excluded."kind", "priority" = GREATEST(t."priority", excluded."priority"),
      "attempts" = 0, "maxAttempts" = excluded."maxAttempts", "failedAt" = NULL, "runAfter" = NULL,
      "claimedBy" = NULL, "claimedUntil" = NULL, "jobId" = excluded."jobId"
    RETURNING t."id", t."segmentId", t."kind"::text AS "kind", t."priority", t."maxAttempts", t."jobId"`;
  return result.map((row) => ({ ...row, id: Number(row.id), priority: Number(row.priority), maxAttempts: Number(row.maxAttempts) }));
}

/**
 * The ledger rows behind fetched jobs, and whether their document is in the trash; a
 * job whose row moved on to another job is stale.
 */
export async function ledgerRowsOfJobs(client: Db | Tx, jobIds: readonly string[]): Promise<ClaimedLedgerRow[]> {
  if (jobIds.length === 0) return [];
  const rows = await client.$queryRaw<ClaimedLedgerRow[]>`
    SELECT t."id", t."segmentId", t."kind"::text AS "kind", t."priority", t."maxAttempts", t."jobId", d."deletedAt" IS NOT NULL AS "trashed"
    FROM "TranslationTask" t JOIN "Segment" s ON s."id" = t."segmentId" JOIN "Document" d ON d."id" = s."documentId"
    WHERE t."jobId" = ANY(${jobIds}::text[]) AND t."failedAt" IS NULL`;
  return rows.map((row) => ({ ...row, id: Number(row.id), priority: Number(row.priority), maxAttempts: Number(row.maxAttempts), trashed: row.trashed === true }));
}

/**
 * Work of a document in the trash waits there without a job: the safety net owes it
 * again once the document is restored (orphanedTasks skips trashed documents).
 */
export async function parkTasks(client: Db | Tx, jobIds: readonly string[]): Promise<void> {
  if (jobIds.length === 0) return;
  await client.$executeRaw`UPDATE "TranslationTask" SET "jobId" = NULL WHERE "jobId" = ANY(${jobIds}::text[])`;
}

/** Records a final failure on the rows still carried by these jobs; returns their documents. */
export async function markFailed(client: Db | Tx, failures: readonly { jobId: string; reason: string }[]): Promise<string[]> {
  if (failures.length === 0) return [];
  const rows = await client.$queryRaw<{ documentId: string }[]>`
    UPDATE "TranslationTask" t SET "failedAt" = now(), "attempts" = t."maxAttempts", "lastError" = left(v."reason", 2000)
    FROM unnest(${failures.map((f) => f.jobId)}::text[], ${failures.map((f) => f.reason)}::text[]) AS v("jobId", "reason")
    WHERE t."jobId" = v."jobId" AND t."failedAt" IS NULL
    RETURNING (SELECT s."documentId" FROM "Segment" s WHERE s."id" = t."segmentId") AS "documentId"`;
  return [...new Set(rows.map((row) => row.documentId))];
}

/** Renews the lease of active jobs: they now end leaseMs from now (pg-boss 10 has no heartbeat call). */
export async function renewJobs(client: Db | Tx, kind: TaskKind, jobIds: readonly string[], leaseMs: number): Promise<number> {
  if (jobIds.length === 0) return 0;
  return client.$executeRaw`
    UPDATE pgboss.job SET expire_in = (now() - started_on) + ${leaseMs} * interval '1 millisecond'
    WHERE name = ${kind} AND id = ANY(${jobIds}::uuid[]) AND state = 'active'`;
}

/**
 * Gives active jobs back as if they had not been fetched: the next fetch counts the
 * attempt again, so this one does not count (a busy database, a broken engine).
 */
export async function returnJobs(client: Db | Tx, kind: TaskKind, jobIds: readonly string[]): Promise<number> {
  if (jobIds.length === 0) return 0;
  return client.$executeRaw`
    UPDATE pgboss.job SET
      state = (CASE WHEN retry_count > 0 THEN 'retry' ELSE 'created' END)::pgboss.job_state,
      retry_count = GREATEST(retry_count - 1, 0),
      started_on = CASE WHEN retry_count > 0 THEN started_on END,
      start_after = now()
    WHERE name = ${kind} AND id = ANY(${jobIds}::uuid[]) AND state = 'active'`;
}

export type DueWork = { at: Date; expired: boolean };

/** When the next job of these queues can be fetched: now, a retry's start, or a lease's end (expired: true). */
export async function nextDueJob(client: Db | Tx, kinds: readonly TaskKind[]): Promise<DueWork | null> {
  const [row] = await client.$queryRaw<{ at: Date | null; expired: boolean | null }[]>`
    SELECT due AS "at", expired FROM (
      SELECT CASE WHEN state = 'active' THEN started_on + expire_in ELSE start_after END AS due, state = 'active' AS expired
      FROM pgboss.job WHERE name IN (${Prisma.join(kinds)}) AND state IN ('created', 'retry', 'active')
    ) j ORDER BY due LIMIT 1`;
  return row?.at ? { at: new Date(row.at), expired: row.expired === true } : null;
}

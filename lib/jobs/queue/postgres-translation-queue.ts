import "server-only";
// The PostgreSQL provider of the translation queue, on pg-boss. pg-boss delivers: one job
// per sentence, fetched in batches with FOR UPDATE SKIP LOCKED, retried with exponential
// backoff, expired when the worker holding it stops renewing it (a kill -9), and moved to
// the dead-letter queue after its last attempt. The TranslationTask row stays the ledger
// the rest of the app reads (which sentences are owed, which failed and why), tied to the
// job carrying it by jobId; a job whose row moved on to another job is stale and is
// completed without running the engine.
//
// Jobs are added through the caller's Prisma transaction (pg-boss's per-call `db`), with
// a NOTIFY in the same transaction: a rolled-back ingest owes nothing and wakes no one,
// and a committed one wakes idle workers on every machine (postgres-wake.ts).
import type PgBoss from "pg-boss";
import { db, type Tx } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";
import {
  DEAD_LETTER_QUEUE,
  QUEUES,
  comparisonSegments,
  ledgerRowsOfJobs,
  markFailed,
  nextDueJob,
  orphanedTasks,
  parkTasks,
  pendingSegments,
  previousJobs,
  queuesFor,
  renewJobs,
  returnJobs,
  uncoveredSegments,
  upsertLedger,
  type OwedRow,
  type TaskKind,
} from "@/lib/db/queries/postgres/translation-jobs";
import { WAKE_CHANNEL } from "@/lib/jobs/postgres-wake";
import { bossOf, inTransaction, jobCalls, startedBoss } from "./pg-boss-instance";
import { orderedJobIds } from "./ordered-job-ids";
import { listTaskFailures } from "./task-failures";
import type { TranslationQueue, TranslationWork } from "./translation-queue";

const PRIORITY = { comparison: -1, bulk: 0, person: 1 } as const;
/** Sentences the safety net owes per pass; it runs again while it finds more. */
const RECONCILE_BATCH = 5_000;
const DEAD_LETTER_BATCH = 100;
/** Dead letters are rare: looked for now and then while busy, and whenever nothing else is owed. */
const DEAD_LETTER_EVERY_MS = 5_000;
let deadLettersCheckedAt = 0;

type JobData = { taskId: number; segmentId: string; jobId: string };

/** Owes the sentences in the caller's transaction: ledger rows, their jobs, and a wake-up at commit. */
async function owe(tx: Tx, owed: readonly OwedRow[], priority: number): Promise<number> {
  if (owed.length === 0) return 0;
  const { TRANSLATION_MAX_ATTEMPTS: maxAttempts, TRANSLATION_LEASE_MS: leaseMs } = env();
  const previous = await previousJobs(tx, owed.map((o) => o.segmentId));
  const jobIds = orderedJobIds(owed.length);
  const rows = await upsertLedger(tx, owed.map((o, i) => ({ ...o, jobId: jobIds[i]! })), priority, maxAttempts);
  const boss = bossOf(databaseUrl());
  const connection = inTransaction(tx);
  // Whoever held the old job loses it: its completion no longer matches the row.
  for (const kind of QUEUES) {
    const ids = previous.filter((p) => p.kind === kind).map((p) => p.jobId);
    if (ids.length > 0) await boss.cancel(kind, ids, connection);
  }
  await boss.insert(
    rows.map((row) => ({
      id: row.jobId,
      name: row.kind,
      data: { taskId: row.id, segmentId: row.segmentId, jobId: row.jobId } satisfies JobData,
      priority: row.priority,
      retryLimit: row.maxAttempts - 1,
      expireInSeconds: Math.ceil(leaseMs / 1_000),
    })),
    connection,
  );
  await tx.$executeRawUnsafe(`SELECT pg_notify('${WAKE_CHANNEL}', '')`);
  return rows.length;
}

function reasonOf(output: unknown): string {
  const value = (output as { value?: unknown } | null)?.value ?? output;
  const message = (value as { message?: unknown } | null)?.message;
  if (typeof message === "string" && /failed by timeout/.test(message)) return "The translation worker stopped while translating this sentence as many times as it may be tried";
  return typeof message === "string" ? message : "The sentence failed its last attempt";
}

/** Dead letters (last attempts, including those of workers that died) become failures on the ledger. */
async function recordDeadLetters(boss: PgBoss): Promise<string[]> {
  deadLettersCheckedAt = Date.now();
  const letters = await boss.fetch<JobData>(DEAD_LETTER_QUEUE, { batchSize: DEAD_LETTER_BATCH, includeMetadata: true });
  if (letters.length === 0) return [];
  const documentIds = await markFailed(db, letters.filter((l) => l.data?.jobId).map((l) => ({ jobId: l.data.jobId, reason: reasonOf(l.output) })));
  await jobCalls(boss).complete(DEAD_LETTER_QUEUE, letters.map((l) => l.id), null);
  return documentIds;
}

function byKind(work: readonly TranslationWork[]): [TaskKind, string[]][] {
  return QUEUES.map((kind): [TaskKind, string[]] => [kind, work.flatMap((w) => (w.kind === kind && w.jobId ? [w.jobId] : []))]).filter(([, ids]) => ids.length > 0);
}

/**
 * One fetch from the first queue that has work: its live items (maybe none, when every
 * job fetched was stale), or null when no queue had any job to give.
 */
async function fetchWork(boss: PgBoss, limit: number, leaseMs: number, redrafts: boolean): Promise<TranslationWork[] | null> {
  for (const kind of queuesFor(redrafts)) {
    const jobs = await boss.fetch<JobData>(kind, { batchSize: limit, includeMetadata: true, priority: true });
    if (jobs.length === 0) continue;
    // The lease is the worker's, whatever the enqueuing process assumed.
    await renewJobs(db, kind, jobs.map((j) => j.id), leaseMs);
    // Tried work goes alone: if it is the poison (a sentence that kills the worker), it
    // fails by itself and takes no healthy sentence with it.
    const retried = jobs.find((j) => j.retryCount > 0);
    const taken = retried && jobs.length > 1 ? [retried] : jobs;
    const given = jobs.filter((j) => !taken.includes(j));
    if (given.length > 0) await returnJobs(db, kind, given.map((j) => j.id));
    const found = await ledgerRowsOfJobs(db, taken.map((j) => j.id));
    const parked = found.filter((row) => row.trashed).map((row) => row.jobId);
    if (parked.length > 0) await parkTasks(db, parked);
    const rows = new Map(found.filter((row) => !row.trashed).map((row) => [row.jobId, row]));
    const stale = taken.filter((j) => !rows.has(j.id)).map((j) => j.id);
    if (stale.length > 0) await jobCalls(boss).complete(kind, stale, null);
    return taken.flatMap((job): TranslationWork[] => {
      const row = rows.get(job.id);
      return row ? [{ taskId: row.id, jobId: job.id, segmentId: row.segmentId, kind, attempts: job.retryCount + 1, maxAttempts: job.retryLimit + 1 }] : [];
    });
  }
  return null;
}

export function createPostgresTranslationQueue(): TranslationQueue {
  return {
    async enqueue(tx, owed, options) {
      const segmentIds = await pendingSegments(tx, owed);
      return owe(tx, segmentIds.map((segmentId) => ({ segmentId, kind: "translate" })), PRIORITY[options?.priority ?? "bulk"]);
    },

    async enqueueComparison(tx, documentId) {
      const segmentIds = await comparisonSegments(tx, documentId);
      return owe(tx, segmentIds.map((segmentId) => ({ segmentId, kind: "compare" })), PRIORITY.comparison);
    },

    async reconcile({ redrafts }) {
      const kinds = queuesFor(redrafts);
      let added = 0;
      // Comparisons are owed on request only; the safety net keeps their jobs, not their requests.
      for (const kind of kinds.filter((k): k is "translate" | "redraft" => k !== "compare")) {
        const segmentIds = await uncoveredSegments(db, kind, RECONCILE_BATCH);
        if (segmentIds.length > 0) added += await db.$transaction((tx) => owe(tx, segmentIds.map((segmentId) => ({ segmentId, kind })), PRIORITY.bulk));
      }
      const orphans = await orphanedTasks(db, kinds, RECONCILE_BATCH);
      if (orphans.length > 0) added += await db.$transaction((tx) => owe(tx, orphans, PRIORITY.bulk));
      return added;
    },

    async claim(_workerId, limit, { leaseMs, redrafts }) {
      const boss = await startedBoss(databaseUrl());
      const abandonedDocumentIds = Date.now() - deadLettersCheckedAt > DEAD_LETTER_EVERY_MS ? await recordDeadLetters(boss) : [];
      // A batch of only stale jobs (owed again since, or cleared) is completed and the
      // next batch fetched, rather than reporting an empty queue.
      for (let round = 0; round < 10; round++) {
        const fetched = await fetchWork(boss, limit, leaseMs, redrafts);
        if (fetched === null) break;
        if (fetched.length > 0) return { work: fetched, abandonedDocumentIds };
      }
      deadLettersCheckedAt = 0;
      return { work: [], abandonedDocumentIds: [...abandonedDocumentIds, ...(await recordDeadLetters(boss))] };
    },

    async extendLease(_workerId, work, leaseMs) {
      for (const [kind, ids] of byKind(work)) await renewJobs(db, kind, ids, leaseMs);
    },

    async complete(tx, _workerId, work) {
      const boss = bossOf(databaseUrl());
      for (const [kind, ids] of byKind(work)) await jobCalls(boss).complete(kind, ids, null, inTransaction(tx));
      // A row owed again meanwhile carries another job now, and stays owed.
      const jobIds = work.flatMap((w) => (w.jobId ? [w.jobId] : []));
      if (jobIds.length > 0) await tx.translationTask.deleteMany({ where: { jobId: { in: jobIds } } });
    },

    async release(_workerId, work) {
      for (const [kind, ids] of byKind(work)) await returnJobs(db, kind, ids);
    },

    async fail(_workerId, work, reason) {
      if (!work.jobId) return "lost";
      const final = work.attempts >= work.maxAttempts;
      const lastError = reason.slice(0, 2_000);
      return db.$transaction(async (tx) => {
        const row = await tx.translationTask.findUnique({ where: { jobId: work.jobId! }, select: { failedAt: true } });
        if (!row || row.failedAt) return "lost" as const;
        const { affected } = await jobCalls(bossOf(databaseUrl())).fail(work.kind, [work.jobId!], { message: lastError }, inTransaction(tx));
        if (affected === 0) return "lost" as const;
        await tx.translationTask.update({
          where: { jobId: work.jobId! },
          data: final ? { lastError, attempts: work.attempts, failedAt: new Date() } : { lastError, attempts: work.attempts },
        });
        return final ? ("failed" as const) : ("retrying" as const);
      });
    },

    async retry(segmentId) {
      return db.$transaction(async (tx) => {
        const row = await tx.translationTask.findUnique({ where: { segmentId }, select: { kind: true, failedAt: true } });
        if (!row?.failedAt) return false;
        return (await owe(tx, [{ segmentId, kind: row.kind }], PRIORITY.person)) > 0;
      });
    },

    listFailures: listTaskFailures,

    async nextDueAt({ redrafts }) {
      const kinds = queuesFor(redrafts);
      let due = await nextDueJob(db, kinds);
      // A lease that ran out (its worker died): expire it now rather than at pg-boss's
      // next maintenance, so this idle worker takes the job once its retry is due.
      if (due?.expired && due.at <= new Date()) {
        await (await startedBoss(databaseUrl())).expire();
        due = await nextDueJob(db, kinds);
      }
      if (!due) return null;
      const now = new Date();
      return due.at > now ? due.at : now;
    },
  };
}

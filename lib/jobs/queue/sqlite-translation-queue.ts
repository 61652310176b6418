import "server-only";
// The SQLite provider of the translation queue: rows of TranslationTask with a lease
// (claimedBy, claimedUntil). Claims and bulk inserts are raw SQL in one module
// (lib/db/queries/sqlite/claim-translation-work.ts); everything else is Prisma.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  claimTranslationWork,
  failAbandonedWork,
  oweComparisons,
  owePendingSegments,
  oweUncoveredSegments,
} from "@/lib/db/queries/sqlite/claim-translation-work";
import type { TranslationQueue, TranslationWork } from "./translation-queue";
import { listTaskFailures } from "./task-failures";

const PRIORITY = { comparison: -1, bulk: 0, person: 1 } as const;
const CLAIM_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/** 1 s, 2 s, 4 s … between attempts, never more than a minute. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000, 1_000 * 2 ** Math.max(0, attempts - 1));
}

const taskIdsOf = (work: readonly TranslationWork[]) => work.map((w) => w.taskId);

export function createSqliteTranslationQueue(): TranslationQueue {
  return {
    enqueue: (tx, owed, options) => owePendingSegments(tx, owed, PRIORITY[options?.priority ?? "bulk"], env().TRANSLATION_MAX_ATTEMPTS),

    enqueueComparison: (tx, documentId) => oweComparisons(tx, documentId, PRIORITY.comparison, env().TRANSLATION_MAX_ATTEMPTS),

    async reconcile({ redrafts }) {
      const maxAttempts = env().TRANSLATION_MAX_ATTEMPTS;
      const added = await oweUncoveredSegments(db, "translate", maxAttempts);
      return added + (redrafts ? await oweUncoveredSegments(db, "redraft", maxAttempts) : 0);
    },

    async claim(workerId, limit, { leaseMs, redrafts }) {
      return db.$transaction(async (tx) => {
        const now = new Date();
        const abandonedDocumentIds = await failAbandonedWork(tx, now);
        const rows = await claimTranslationWork(tx, { workerId, limit, now, until: new Date(now.getTime() + leaseMs), redrafts });
        const work = rows.map(({ id, ...row }): TranslationWork => ({ taskId: id, jobId: null, ...row }));
        return { work, abandonedDocumentIds };
      }, CLAIM_TRANSACTION);
    },

    async extendLease(workerId, work, leaseMs) {
      await db.translationTask.updateMany({
        where: { id: { in: taskIdsOf(work) }, claimedBy: workerId },
        data: { claimedUntil: new Date(Date.now() + leaseMs) },
      });
    },

    async complete(tx, workerId, work) {
      // A task whose claim was taken away (re-requested meanwhile) stays owed.
      await tx.translationTask.deleteMany({ where: { id: { in: taskIdsOf(work) }, claimedBy: workerId } });
    },

    async release(workerId, work) {
      await db.translationTask.updateMany({
        where: { id: { in: taskIdsOf(work) }, claimedBy: workerId },
        data: { claimedBy: null, claimedUntil: null, attempts: { decrement: 1 } },
      });
    },

    async fail(workerId, work, reason) {
      const final = work.attempts >= work.maxAttempts;
      const lastError = reason.slice(0, 2_000);
      const updated = await db.translationTask.updateMany({
        where: { id: work.taskId, claimedBy: workerId },
        data: final
          ? { lastError, claimedBy: null, claimedUntil: null, failedAt: new Date() }
          : { lastError, claimedBy: null, claimedUntil: null, runAfter: new Date(Date.now() + retryDelayMs(work.attempts)) },
      });
      if (updated.count === 0) return "lost";
      return final ? "failed" : "retrying";
    },

    async retry(segmentId) {
      const updated = await db.translationTask.updateMany({
        where: { segmentId, failedAt: { not: null } },
        data: { failedAt: null, attempts: 0, runAfter: null, priority: PRIORITY.person },
      });
      return updated.count > 0;
    },

    listFailures: listTaskFailures,

    async nextDueAt({ redrafts }) {
      const now = new Date();
      const owed = { failedAt: null, ...(redrafts ? {} : { kind: { not: "redraft" as const } }) };
      const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
      const ready = { OR: [{ runAfter: null }, { runAfter: { lte: now } }] };
      if ((await db.translationTask.count({ where: { ...owed, AND: [free, ready] } })) > 0) return now;
      const [leased, waiting] = await Promise.all([
        db.translationTask.aggregate({ where: { ...owed, claimedUntil: { gte: now } }, _min: { claimedUntil: true } }),
        db.translationTask.aggregate({ where: { ...owed, runAfter: { gt: now } }, _min: { runAfter: true } }),
      ]);
      const times = [leased._min.claimedUntil, waiting._min.runAfter].filter((t): t is Date => t !== null);
      return times.length > 0 ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
    },
  };
}

// The translation queue's contract. Segment statuses say what a sentence is; the queue
// says what work is owed, who holds it and how earlier attempts went. Two providers sit
// behind it: leases on TranslationTask rows on SQLite (sqlite-translation-queue.ts), and
// the pg-boss queue engine on PostgreSQL (postgres-translation-queue.ts). Delivery is at
// least once: a worker that dies mid-batch loses its lease and another redoes the batch,
// and the conditional write of the result (store-machine-translation.ts) keeps a
// sentence from being written twice.
import type { Tx } from "@/lib/db";

/** compare: a published pair's Indonesian, translated beside it for a learner (ComparisonDraft); the pair is never touched. */
export type TranslationWorkKind = "translate" | "redraft" | "compare";

export type TranslationWork = {
  taskId: number;
  /** The engine's job carrying the item (PostgreSQL); null on SQLite, where the task row is the claim. */
  jobId: string | null;
  segmentId: string;
  kind: TranslationWorkKind;
  /** Including the current one. */
  attempts: number;
  maxAttempts: number;
};

/** Which sentences are owed: every pending one of a document, or the ones named. */
export type OwedWork = { documentId: string } | { segmentIds: readonly string[] };

/** "lost": the item was no longer this worker's (its lease ran out), so nothing was recorded. */
export type FailureOutcome = "retrying" | "failed" | "lost";

export type TranslationFailure = { segmentId: string; reason: string; attempts: number };

export type TranslationQueue = {
  /** Owes work for pending sentences inside the caller's transaction; wake the worker after commit. */
  enqueue(tx: Tx, owed: OwedWork, options?: { priority?: "bulk" | "person" }): Promise<number>;
  /** Owes a comparison draft, after every other kind of work, for a document's published pairs that lack a current one. */
  enqueueComparison(tx: Tx, documentId: string): Promise<number>;
  /** Owes work for sentences whose state calls for it but that no task covers. */
  reconcile(options: { redrafts: boolean }): Promise<number>;
  /** Takes up to `limit` items for `leaseMs`; drafts are only redone by a neural engine. */
  claim(workerId: string, limit: number, options: { leaseMs: number; redrafts: boolean }): Promise<{ work: TranslationWork[]; abandonedDocumentIds: string[] }>;
  /** Renews the lease of items still being worked on. */
  extendLease(workerId: string, work: readonly TranslationWork[], leaseMs: number): Promise<void>;
  /** Inside the transaction that stores the results. */
  complete(tx: Tx, workerId: string, work: readonly TranslationWork[]): Promise<void>;
  /** Gives items back untouched (the database was busy): the attempt does not count. */
  release(workerId: string, work: readonly TranslationWork[]): Promise<void>;
  /** Records a failed attempt; the last allowed one marks the item failed with the reason. */
  fail(workerId: string, work: TranslationWork, reason: string): Promise<FailureOutcome>;
  /** A failed sentence is owed again with fresh attempts; false when it had not failed. */
  retry(segmentId: string): Promise<boolean>;
  /** Failed sentences of a document, with the last reason. */
  listFailures(documentId: string): Promise<TranslationFailure[]>;
  /** When owed work that has not failed next becomes claimable (now, a retry's time, a lease's end); null when none is owed. */
  nextDueAt(options: { redrafts: boolean }): Promise<Date | null>;
};

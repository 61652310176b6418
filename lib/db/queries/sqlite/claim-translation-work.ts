import "server-only";
// The translation queue's raw SQL on SQLite, and the only place it lives: claiming with
// a lease, owing work for sentences, and reconciling the queue with segment statuses.
// Identifiers are quoted so a PostgreSQL provider can sit beside this one. Dates are
// passed as parameters, which the driver stores in the same ISO text Prisma writes, so
// the comparisons below and Prisma's own reads agree.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

export type ClaimedRow = { id: number; segmentId: string; kind: "translate" | "redraft" | "compare"; attempts: number; maxAttempts: number };

export type ClaimInput = { workerId: string; limit: number; now: Date; until: Date; redrafts: boolean };

const eligible = (now: Date, redrafts: boolean) => Prisma.sql`
  t."failedAt" IS NULL
  AND (t."claimedUntil" IS NULL OR t."claimedUntil" < ${now})
  AND (t."runAfter" IS NULL OR t."runAfter" <= ${now})
  AND (t."kind" <> 'redraft' OR ${redrafts ? 1 : 0} = 1)
  AND NOT EXISTS (
    SELECT 1 FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE s."id" = t."segmentId" AND d."deletedAt" IS NOT NULL)`;

/**
 * Work of a document in the trash waits there (it is owed again if the document is
 * restored). Must run inside a transaction (db.ts opens them with BEGIN IMMEDIATE), so two workers
 * can never both see a row as free. A row that was tried before goes alone: if it is
 * the poison, it fails by itself and takes no healthy sentence with it.
 */
export async function claimTranslationWork(tx: Tx, input: ClaimInput): Promise<ClaimedRow[]> {
  const { workerId, now, until, redrafts } = input;
  const [head] = await tx.$queryRaw<{ attempts: number }[]>`
    SELECT t."attempts" FROM "TranslationTask" t WHERE ${eligible(now, redrafts)}
    ORDER BY t."priority" DESC, t."id" LIMIT 1`;
  if (!head) return [];
  const retried = Number(head.attempts) > 0;
  const rows = await tx.$queryRaw<ClaimedRow[]>`
    UPDATE "TranslationTask" SET "claimedBy" = ${workerId}, "claimedUntil" = ${until}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT t."id" FROM "TranslationTask" t
      WHERE ${eligible(now, redrafts)} AND (${retried ? 1 : 0} = 1 OR t."attempts" = 0)
      ORDER BY t."priority" DESC, t."id" LIMIT ${retried ? 1 : input.limit})
    RETURNING "id", "segmentId", "kind", "attempts", "maxAttempts"`;
  return rows.map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts), maxAttempts: Number(row.maxAttempts) })).sort((a, b) => a.id - b.id);
}

/**
 * Work whose worker died holding it as often as it may be tried (a sentence that
 * crashes the process, say) is failed rather than handed out again. Returns the
 * documents concerned, whose status may now settle.
 */
export async function failAbandonedWork(tx: Tx, now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ documentId: string }[]>`
    UPDATE "TranslationTask" SET "failedAt" = ${now}, "claimedBy" = NULL, "claimedUntil" = NULL,
      "lastError" = 'The translation worker stopped while translating this sentence ' || "attempts" || ' times'
    WHERE "failedAt" IS NULL AND "claimedUntil" < ${now} AND "attempts" >= "maxAttempts"
    RETURNING (SELECT s."documentId" FROM "Segment" s WHERE s."id" = "segmentId") AS "documentId"`;
  return [...new Set(rows.map((row) => row.documentId))];
}

export type OwedSegments = { documentId: string } | { segmentIds: readonly string[] };

/**
 * Owes a translation of the pending sentences named, in the caller's transaction. A
 * sentence already owed (or failed) starts over with fresh attempts, and whoever held
 * it loses the claim, so a stale result is never stored over the new request.
 */
export async function owePendingSegments(tx: Tx, owed: OwedSegments, priority: number, maxAttempts: number): Promise<number> {
  const which =
    "documentId" in owed
      ? Prisma.sql`s."documentId" = ${owed.documentId}`
      : owed.segmentIds.length > 0
        ? Prisma.sql`s."id" IN (${Prisma.join(owed.segmentIds)})`
        : Prisma.sql`0 = 1`;
  return tx.$executeRaw`
    INSERT INTO "TranslationTask" ("segmentId", "kind", "priority", "attempts", "maxAttempts", "createdAt")
    SELECT s."id", 'translate', ${priority}, 0, ${maxAttempts}, ${new Date()} FROM "Segment" s
    WHERE ${which} AND s."status" = 'pending'
    ORDER BY s."position"
    ON CONFLICT ("segmentId") DO UPDATE SET "kind" = 'translate', "priority" = MAX("priority", excluded."priority"),
      "attempts" = 0, "maxAttempts" = excluded."maxAttempts", "failedAt" = NULL, "runAfter" = NULL,
      "claimedBy" = NULL, "claimedUntil" = NULL`;
}

/**
 * Owes a machine translation of each published pair's Indonesian (engine aligned, edited
 * or not) that has no draft made from its current Indonesian, at the lowest priority, so
 * a learner's comparison never holds up the translation of an article. A sentence that
 * already has a task (it is being translated) is left to it; a comparison that failed
 * starts over with fresh attempts.
 */
export async function oweComparisons(tx: Tx, documentId: string, priority: number, maxAttempts: number): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "TranslationTask" ("segmentId", "kind", "priority", "attempts", "maxAttempts", "createdAt")
    SELECT s."id", 'compare', ${priority}, 0, ${maxAttempts}, ${new Date()} FROM "Segment" s
    WHERE s."documentId" = ${documentId} AND s."engine" = 'aligned' AND s."status" IN ('reference', 'edited', 'approved') AND s."source" <> ''
      AND NOT EXISTS (SELECT 1 FROM "ComparisonDraft" c WHERE c."segmentId" = s."id" AND c."source" = s."source")
    ORDER BY s."position"
    ON CONFLICT ("segmentId") DO UPDATE SET "attempts" = 0, "failedAt" = NULL, "runAfter" = NULL, "lastError" = NULL, "priority" = excluded."priority"
      WHERE "TranslationTask"."kind" = 'compare' AND "TranslationTask"."failedAt" IS NOT NULL`;
}

/**
 * The safety net: pending sentences that no task covers (made by a split, a merge, an
 * older version, or lost in a race) are owed again; with the neural model available,
 * offline drafts are owed a redo. Returns how many rows were added.
 */
export async function oweUncoveredSegments(client: Db | Tx, kind: "translate" | "redraft", maxAttempts: number): Promise<number> {
  const state =
    kind === "translate" ? Prisma.sql`s."status" = 'pending'` : Prisma.sql`s."status" = 'machine' AND s."engine" LIKE 'draft:%'`;
  return client.$executeRaw`
    INSERT INTO "TranslationTask" ("segmentId", "kind", "priority", "attempts", "maxAttempts", "createdAt")
    SELECT s."id", ${kind}, 0, 0, ${maxAttempts}, ${new Date()}
    FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE ${state} AND d."deletedAt" IS NULL AND d."linkingFrom" IS NULL AND NOT EXISTS (SELECT 1 FROM "TranslationTask" t WHERE t."segmentId" = s."id")
    ORDER BY d."createdAt", s."position"`;
}

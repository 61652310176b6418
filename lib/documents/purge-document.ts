import "server-only";
// Removes trashed documents for good: the document, its segments and glossary mentions
// (by cascade), and glossary entries nobody mentions any more. Change rows stay: they
// have no foreign key, so the record of what people did outlives the text.
import { db } from "@/lib/db";
import { failure, type OperationResult } from "@/lib/operation-result";
import { pruneUnusedEntries } from "@/lib/glossary/prune-unused-entries";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { expiryCutoff } from "./live-documents";

/** Purges one document, which must be in the trash (a live document is never purged). */
export async function purgeDocument(id: string): Promise<OperationResult<{ id: string }>> {
  const document = await db.document.findUnique({ where: { id }, select: { deletedAt: true } });
  if (!document || !document.deletedAt) return failure("not-found", "No document with that id in the trash.");
  const purged = await purgeTrashed([id]);
  return purged.length === 1 ? { ok: true, id } : failure("not-found", "No document with that id in the trash.");
}

/** Purges every document trashed more than TRASH_DAYS before `now`; returns their ids. */
export async function purgeExpiredTrash(now: Date = new Date()): Promise<string[]> {
  const expired = await db.document.findMany({ where: { deletedAt: { lt: expiryCutoff(now) } }, select: { id: true } });
  return purgeTrashed(expired.map((d) => d.id));
}

/** Purges the whole trash at once, expired or not (the CLI's `purge --all`). */
export async function purgeWholeTrash(): Promise<string[]> {
  const trashed = await db.document.findMany({ where: { deletedAt: { not: null } }, select: { id: true } });
  return purgeTrashed(trashed.map((d) => d.id));
}

async function purgeTrashed(ids: readonly string[]): Promise<string[]> {
  const purged: string[] = [];
  // One transaction per document keeps each write short beside the worker and editors.
  for (const id of ids) {
    const done = await db.$transaction(async (tx) => {
      const mentioned = await tx.entityMention.findMany({ where: { documentId: id }, select: { entryId: true }, distinct: ["entryId"] });
      // Re-checked inside the transaction: a restore may have landed since the list was read.
      const removed = await tx.document.deleteMany({ where: { id, deletedAt: { not: null } } });
      if (removed.count === 0) return false;
      await pruneUnusedEntries(tx, mentioned.map((m) => m.entryId));
      return true;
    }, WRITE_TRANSACTION);
    if (done) purged.push(id);
  }
  return purged;
}

import "server-only";
// Moves a document to the trash. Nothing is removed: segments, mentions and the change
// log stay as they are, every read skips the document (live-documents.ts), and
// undeleteDocument brings it back whole. purgeExpiredTrash removes it after TRASH_DAYS.
import { db } from "@/lib/db";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import { failure, type OperationResult } from "@/lib/operation-result";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { purgeDateOf } from "./live-documents";

export type TrashedDocument = { id: string; title: string; deletedAt: string; purgeAt: string };

export async function deleteDocument(id: string, actor: Actor = HUMAN, now: Date = new Date()): Promise<OperationResult<TrashedDocument>> {
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id }, select: { title: true, deletedAt: true } });
    if (!document) return failure("not-found", "No document with that id.");
    // A second delete is refused rather than moving the purge date: the document is
    // already gone from the library, and its 30 days keep counting from the first.
    if (document.deletedAt) return failure("not-found", "That document is already in the trash.", { trashed: true });
    await tx.document.update({ where: { id }, data: { deletedAt: now } });
    await recordChange(tx, { action: "delete", actor, documentId: id, details: { title: document.title }, createdAt: now });
    return { ok: true, id, title: document.title, deletedAt: now.toISOString(), purgeAt: purgeDateOf(now).toISOString() };
  }, WRITE_TRANSACTION);
}

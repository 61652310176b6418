import "server-only";
// Brings a document back from the trash exactly as it was: its segments, edits,
// statuses, mentions and change log were never touched while it was there.
import { db } from "@/lib/db";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import { failure, type OperationResult } from "@/lib/operation-result";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";

export type RestoredDocument = { id: string; title: string };

export async function undeleteDocument(id: string, actor: Actor = HUMAN): Promise<OperationResult<RestoredDocument>> {
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id }, select: { title: true, deletedAt: true } });
    // A purged document is gone for good; a live one is not in the trash to restore.
    if (!document) return failure("not-found", "No document with that id in the trash (it may have been purged).");
    if (!document.deletedAt) return failure("not-found", "That document is not in the trash.", { trashed: false });
    await tx.document.update({ where: { id }, data: { deletedAt: null } });
    await recordChange(tx, { action: "undelete", actor, documentId: id, details: { title: document.title } });
    return { ok: true, id, title: document.title };
  }, WRITE_TRANSACTION);
}

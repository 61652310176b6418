import "server-only";
// Renames a document's display title (library, search, exports). The title *segment* is
// not touched: it is the Indonesian headline being translated, part of the aligned
// corpus, and a display name must never silently rewrite corpus text.
import { db } from "@/lib/db";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import { failure, type OperationResult } from "@/lib/operation-result";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { documentTitle } from "./document-title";

export type RenamedDocument = { id: string; title: string };

export async function renameDocument(id: string, title: string, actor: Actor = HUMAN): Promise<OperationResult<RenamedDocument>> {
  const parsed = documentTitle.safeParse(title);
  if (!parsed.success) return failure("invalid-input", parsed.error.issues[0]?.message ?? "Invalid title.");
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id }, select: { title: true, deletedAt: true } });
    if (!document || document.deletedAt) return failure("not-found", "No document with that id.");
    // Renaming to the same title changes nothing, so it leaves no change row.
    if (document.title === next) return { ok: true, id, title: next };
    await tx.document.update({ where: { id }, data: { title: next } });
    await recordChange(tx, { action: "rename", actor, documentId: id, details: { from: document.title, to: next } });
    return { ok: true, id, title: next };
  }, WRITE_TRANSACTION);
}

import "server-only";
// Undoes "Not a name": the keys marked together are released and every document whose
// text may hold one of the entry's spellings is linked again, so the marks come back
// (on the same entry, with any rendering a person had chosen).
import { dialect } from "@/lib/db/queries/dialect";
import { db } from "@/lib/db";
import { failure, type OperationResult } from "@/lib/operation-result";
import { parseStringList } from "@/lib/text/string-list";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { recomputeDocumentEntities } from "./recompute-document-entities";

export type UndoneNotAName = { source: string; keys: string[]; documents: number };

export async function undoNotAName(key: string): Promise<OperationResult<UndoneNotAName>> {
  const released = await db.$transaction(async (tx) => {
    const row = await tx.glossarySuppression.findUnique({ where: { key } });
    if (!row) return null;
    const group = await tx.glossarySuppression.findMany({ where: { source: row.source }, select: { key: true } });
    const keys = group.map((g) => g.key);
    await tx.glossarySuppression.deleteMany({ where: { key: { in: keys } } });
    const entry = await tx.glossaryEntry.findFirst({ where: { key: { in: keys } }, select: { source: true, variants: true } });
    return { source: row.source, keys, spellings: entry ? [entry.source, ...parseStringList(entry.variants)] : [row.source] };
  }, WRITE_TRANSACTION);
  if (!released) return failure("not-found", "No \"Not a name\" mark with that key.");
  const documentIds = await documentsMentioning(released.spellings);
  // Trashed documents too: "Not a name" took their marks as well, and a restore must find them.
  for (const documentId of documentIds) await recomputeDocumentEntities(documentId);
  return { ok: true, source: released.source, keys: released.keys, documents: documentIds.length };
}

/** A superset is fine: recomputing a document that does not name the entry changes nothing. */
async function documentsMentioning(spellings: readonly string[]): Promise<string[]> {
  const unique = [...new Set(spellings.filter((s) => s.trim() !== ""))];
  if (unique.length === 0) return [];
  return dialect().documentsContaining(unique);
}

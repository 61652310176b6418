import "server-only";
// One document's change log, newest first and keyset-paginated: its segments' edits,
// splits and merges, and its own renames, deletions and restores. A trashed document's
// log stays readable; an id nobody ever logged is not found.
import { db } from "@/lib/db";
import { failure, type OperationResult } from "@/lib/operation-result";
import { listChanges, type ChangeFilter } from "./list-changes";
import type { ChangePage } from "./types";

export async function listDocumentChanges(documentId: string, query: ChangeFilter): Promise<OperationResult<ChangePage>> {
  const known = (await db.document.count({ where: { id: documentId } })) > 0 || (await db.change.count({ where: { documentId } })) > 0;
  if (!known) return failure("not-found", "No document with that id.");
  return listChanges(query, documentId);
}

import "server-only";
// The trash: documents deleted and not yet purged, most recently deleted first.
import { db } from "@/lib/db";
import { purgeDateOf } from "./live-documents";
import type { TrashedDocument } from "./delete-document";

export async function listTrash(): Promise<TrashedDocument[]> {
  const rows = await db.document.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, deletedAt: true },
  });
  return rows.flatMap((row) => (row.deletedAt ? [reshapeTrashed({ ...row, deletedAt: row.deletedAt })] : []));
}

/** One document if it is in the trash, else null: the reader's "in the trash" page. */
export async function getTrashedDocument(id: string): Promise<TrashedDocument | null> {
  const row = await db.document.findUnique({ where: { id }, select: { id: true, title: true, deletedAt: true } });
  return row?.deletedAt ? reshapeTrashed({ ...row, deletedAt: row.deletedAt }) : null;
}

function reshapeTrashed(row: { id: string; title: string; deletedAt: Date }): TrashedDocument {
  return { id: row.id, title: row.title, deletedAt: row.deletedAt.toISOString(), purgeAt: purgeDateOf(row.deletedAt).toISOString() };
}

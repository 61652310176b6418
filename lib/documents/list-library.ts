import "server-only";
// The library list with its filters applied on the server: status and source in SQL,
// review state and order from per-document counts (one grouped query for all documents).
import { db } from "@/lib/db";
import type { DocumentStatus } from "@/lib/documents/types";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "./live-documents";
import { matchesEdits, sortLibrary, type LibraryDocument, type LibraryFilter } from "./library-filter";
import { lastPersonChanges } from "./last-person-changes";

type Counts = { translated: number; total: number; edited: number; approved: number };

export type LibraryList = { documents: LibraryDocument[]; sources: string[]; totalInLibrary: number };

export async function listLibrary(filter: LibraryFilter): Promise<LibraryList> {
  const [rows, counts, sources, totalInLibrary] = await Promise.all([
    db.document.findMany({
      where: { ...LIVE_DOCUMENT, ...(filter.status ? { status: filter.status } : {}), ...(filter.source ? { sourceName: filter.source } : {}) },
      select: { id: true, title: true, sourceName: true, status: true, engine: true, createdAt: true },
    }),
    db.segment.groupBy({ by: ["documentId", "status"], where: IN_LIVE_DOCUMENT, _count: { _all: true } }),
    db.document.findMany({ where: { ...LIVE_DOCUMENT, sourceName: { not: null } }, distinct: ["sourceName"], select: { sourceName: true }, orderBy: { sourceName: "asc" } }),
    db.document.count({ where: LIVE_DOCUMENT }),
  ]);
  const lastEdits = await lastPersonChanges(rows.map((row) => row.id));
  const byDocument = new Map<string, Counts>();
  for (const c of counts) {
    const entry = byDocument.get(c.documentId) ?? { translated: 0, total: 0, edited: 0, approved: 0 };
    entry.total += c._count._all;
    if (c.status !== "pending") entry.translated += c._count._all;
    if (c.status === "edited") entry.edited += c._count._all;
    if (c.status === "approved") entry.approved += c._count._all;
    byDocument.set(c.documentId, entry);
  }
  const documents = rows
    .map((row): LibraryDocument => {
      const count = byDocument.get(row.id) ?? { translated: 0, total: 0, edited: 0, approved: 0 };
      return {
        id: row.id,
        title: row.title,
        sourceName: row.sourceName,
        status: row.status,
        engine: row.engine,
        createdAt: row.createdAt.toISOString(),
        progress: { translated: count.translated, total: count.total },
        edited: count.edited,
        approved: count.approved,
        lastEditedBy: lastEdits.get(row.id) ?? null,
      };
    })
    .filter((document) => matchesEdits(document, filter.edits));
  return { documents: sortLibrary(documents, filter.sort), sources: sources.flatMap((s) => (s.sourceName ? [s.sourceName] : [])), totalInLibrary };
}

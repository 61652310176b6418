import "server-only";
// The library list with its filters applied on the server: status and source in SQL,
// review state and order from the per-document counters that triggers keep, so a render
// reads one row per document and never groups the corpus's segments.
import { db } from "@/lib/db";
import type { DocumentStatus } from "@/lib/documents/types";
import { LIVE_DOCUMENT } from "./live-documents";
import { matchesEdits, sortLibrary, type LibraryDocument, type LibraryFilter } from "./library-filter";
import { lastPersonChanges } from "./last-person-changes";

export type LibraryList = { documents: LibraryDocument[]; sources: string[]; totalInLibrary: number };

export async function listLibrary(filter: LibraryFilter): Promise<LibraryList> {
  const [rows, sources, totalInLibrary] = await Promise.all([
    db.document.findMany({
      where: { ...LIVE_DOCUMENT, ...(filter.status ? { status: filter.status } : {}), ...(filter.source ? { sourceName: filter.source } : {}) },
      select: { id: true, title: true, sourceName: true, status: true, engine: true, createdAt: true, segmentCount: true, translatedCount: true, editedCount: true, approvedCount: true },
    }),
    db.document.findMany({ where: { ...LIVE_DOCUMENT, sourceName: { not: null } }, distinct: ["sourceName"], select: { sourceName: true }, orderBy: { sourceName: "asc" } }),
    db.document.count({ where: LIVE_DOCUMENT }),
  ]);
  const lastEdits = await lastPersonChanges(rows.map((row) => row.id));
  const documents = rows
    .map((row): LibraryDocument => {
      return {
        id: row.id,
        title: row.title,
        sourceName: row.sourceName,
        status: row.status,
        engine: row.engine,
        createdAt: row.createdAt.toISOString(),
        progress: { translated: row.translatedCount, total: row.segmentCount },
        edited: row.editedCount,
        approved: row.approvedCount,
        lastEditedBy: lastEdits.get(row.id) ?? null,
      };
    })
    .filter((document) => matchesEdits(document, filter.edits));
  return { documents: sortLibrary(documents, filter.sort), sources: sources.flatMap((s) => (s.sourceName ? [s.sourceName] : [])), totalInLibrary };
}

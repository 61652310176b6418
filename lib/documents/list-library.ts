import "server-only";
// The library list with its filters applied on the server: status and source in SQL,
// review state and order from the per-document counters that triggers keep, so a render
// reads one row per document and never groups the corpus's segments.
// The orders by title and by progress need every document; the orders by date are also
// read page by page (list-document-page.ts).
import { db } from "@/lib/db";
import { LIVE_DOCUMENT } from "./live-documents";
import { matchesEdits, sortLibrary, type LibraryDocument, type LibraryFilter } from "./library-filter";
import { LIBRARY_ROW_SELECT, libraryDocuments } from "./library-documents";

export type LibraryList = { documents: LibraryDocument[]; sources: string[]; totalInLibrary: number };

export async function listLibrary(filter: LibraryFilter): Promise<LibraryList> {
  const [rows, sources, totalInLibrary] = await Promise.all([
    db.document.findMany({ where: libraryWhere(filter), select: LIBRARY_ROW_SELECT }),
    listLibrarySources(),
    db.document.count({ where: LIVE_DOCUMENT }),
  ]);
  const documents = (await libraryDocuments(rows)).filter((document) => matchesEdits(document, filter.edits));
  return { documents: sortLibrary(documents, filter.sort), sources, totalInLibrary };
}

/** The SQL part of the filter (the edits filter needs the counts, so it runs after). */
export function libraryWhere(filter: Pick<LibraryFilter, "status" | "source">) {
  return { ...LIVE_DOCUMENT, ...(filter.status ? { status: filter.status } : {}), ...(filter.source ? { sourceName: filter.source } : {}) };
}

/** Every source name in the library, for the filter's menu. */
export async function listLibrarySources(): Promise<string[]> {
  const rows = await db.document.findMany({ where: { ...LIVE_DOCUMENT, sourceName: { not: null } }, distinct: ["sourceName"], select: { sourceName: true }, orderBy: { sourceName: "asc" } });
  return rows.flatMap((s) => (s.sourceName ? [s.sourceName] : []));
}

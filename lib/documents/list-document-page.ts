import "server-only";
// The library one page at a time, newest (or oldest) first, with a keyset cursor over
// (createdAt, id): a page reads its own rows (with the counters triggers keep on them), so
// its cost does not grow with the library, and documents added between pages are neither skipped
// nor shown twice (they land before the first page of a newest-first list).
import { z } from "zod";
import { db } from "@/lib/db";
import { failure, type OperationResult } from "@/lib/operation-result";
import { afterCursor, decodeKeysetCursor, encodeKeysetCursor } from "@/lib/text/keyset-cursor";
import { matchesEdits, type LibraryDocument, type LibraryFilter } from "./library-filter";
import { LIBRARY_ROW_SELECT, libraryDocuments } from "./library-documents";
import { libraryWhere } from "./list-library";
import { LIVE_DOCUMENT } from "./live-documents";

export const MAX_DOCUMENT_PAGE = 200;
export const DEFAULT_DOCUMENT_PAGE = 50;

export const documentPageSchema = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_DOCUMENT_PAGE).default(DEFAULT_DOCUMENT_PAGE),
});
export type DocumentPageQuery = z.output<typeof documentPageSchema> & { filter?: LibraryFilter };

/** `next`: the cursor of the following page, null on the last; `total`: documents in the library. */
export type DocumentPage = { documents: LibraryDocument[]; next: string | null; total: number };

export async function listDocumentPage(query: DocumentPageQuery): Promise<OperationResult<DocumentPage>> {
  const cursor = query.cursor === undefined ? null : decodeKeysetCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) return failure("invalid-input", "The page cursor is not one this server gave out.");
  const filter = query.filter;
  const direction = filter?.sort === "oldest" ? "asc" : "desc";
  if (filter && filter.sort !== "newest" && filter.sort !== "oldest") return failure("invalid-input", "Only the orders by date are read page by page.");
  const where = { ...libraryWhere(filter ?? { status: null, source: null }), ...(cursor ? afterCursor(cursor, direction) : {}) };
  // One extra row says whether another page follows, without a count.
  const [rows, total] = await Promise.all([
    db.document.findMany({ where, select: LIBRARY_ROW_SELECT, orderBy: [{ createdAt: direction }, { id: direction }], take: query.limit + 1 }),
    db.document.count({ where: LIVE_DOCUMENT }),
  ]);
  const page = rows.slice(0, query.limit);
  const documents = await libraryDocuments(page);
  // The cursor is the last row read, shown or not, so the edits filter never skips a row.
  const last = page.at(-1);
  return {
    ok: true,
    documents: documents.filter((document) => matchesEdits(document, filter?.edits ?? "any")),
    next: rows.length > query.limit && last ? encodeKeysetCursor(last) : null,
    total,
  };
}

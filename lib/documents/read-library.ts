import "server-only";
// What the library page shows: in date order (the default), one page of 100 at a time
// with a keyset cursor (?after=), so a large library's page stays light; by title or by
// progress, the whole list (those orders need every document's figures). A cursor this
// server did not give out falls back to the first page, like any stale link.
import type { LibraryDocument, LibraryFilter } from "./library-filter";
import { listLibrary, listLibrarySources } from "./list-library";
import { listDocumentPage } from "./list-document-page";

export const LIBRARY_PAGE_SIZE = 100;

/** `next`: the cursor of the following page; `paged`: the list may be one page of several. */
export type LibraryView = { documents: LibraryDocument[]; sources: string[]; totalInLibrary: number; next: string | null; paged: boolean };

export async function readLibrary(filter: LibraryFilter, after: string | null, pageSize = LIBRARY_PAGE_SIZE): Promise<LibraryView> {
  if (filter.sort !== "newest" && filter.sort !== "oldest") return { ...(await listLibrary(filter)), next: null, paged: false };
  const [first, sources] = await Promise.all([listDocumentPage({ limit: pageSize, filter, ...(after ? { cursor: after } : {}) }), listLibrarySources()]);
  const page = first.ok ? first : await listDocumentPage({ limit: pageSize, filter });
  if (!page.ok) throw new Error(page.message);
  return { documents: page.documents, sources, totalInLibrary: page.total, next: page.next, paged: page.next !== null || (first.ok && after !== null) };
}

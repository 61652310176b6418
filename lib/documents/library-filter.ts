// The library list's filters and order, read from the page's URL. Anything not understood
// falls back to the default, so a hand-edited or stale link still shows a list.
import { DOCUMENT_STATUSES, type DocumentStatus, type DocumentSummary } from "@/lib/documents/types";

export const LIBRARY_SORTS = ["newest", "oldest", "title", "progress"] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export const EDIT_FILTERS = ["any", "with", "without"] as const;
export type EditFilter = (typeof EDIT_FILTERS)[number];

export type LibraryFilter = { status: DocumentStatus | null; source: string | null; edits: EditFilter; sort: LibrarySort };

export const DEFAULT_LIBRARY_FILTER: LibraryFilter = { status: null, source: null, edits: "any", sort: "newest" };

/** A document in the library list: the summary plus how much of it people have reviewed. */
/** lastEditedBy: the person behind the document's latest human change ("human" for changes before accounts). */
export type LibraryDocument = DocumentSummary & { edited: number; approved: number; lastEditedBy?: { name: string; at: string } | null };

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseLibraryFilter(params: Params): LibraryFilter {
  const source = one(params, "source")?.trim().slice(0, 200);
  return {
    status: DOCUMENT_STATUSES.find((s) => s === one(params, "status")) ?? null,
    source: source ? source : null,
    edits: EDIT_FILTERS.find((e) => e === one(params, "edits")) ?? "any",
    sort: LIBRARY_SORTS.find((s) => s === one(params, "sort")) ?? "newest",
  };
}

export function isFiltered(filter: LibraryFilter): boolean {
  return filter.status !== null || filter.source !== null || filter.edits !== "any";
}

export function matchesEdits(document: LibraryDocument, edits: EditFilter): boolean {
  const reviewed = document.edited + document.approved > 0;
  return edits === "any" || (edits === "with" ? reviewed : !reviewed);
}

function share({ progress }: DocumentSummary): number {
  return progress.total === 0 ? 0 : progress.translated / progress.total;
}

const COMPARE: Record<LibrarySort, (a: LibraryDocument, b: LibraryDocument) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
  title: (a, b) => a.title.localeCompare(b.title, "id", { sensitivity: "base", numeric: true }),
  // Least finished first: what still needs attention comes to the top.
  progress: (a, b) => share(a) - share(b) || b.createdAt.localeCompare(a.createdAt),
};

export function sortLibrary(documents: readonly LibraryDocument[], sort: LibrarySort): LibraryDocument[] {
  return [...documents].sort(COMPARE[sort]);
}

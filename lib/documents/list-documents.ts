import "server-only";
import { listLibrary } from "@/lib/documents/list-library";
import { DEFAULT_LIBRARY_FILTER, type LibraryDocument } from "@/lib/documents/library-filter";

/** Every document, newest first, with translation and review progress (the library without filters). */
export async function listDocuments(): Promise<LibraryDocument[]> {
  return (await listLibrary(DEFAULT_LIBRARY_FILTER)).documents;
}

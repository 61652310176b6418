import "server-only";
// Document rows → library entries: the translation and review counters that triggers keep
// on each document, and who last edited each. Shared by the whole-library list and the
// paged one.
import type { LibraryDocument } from "./library-filter";
import { lastPersonChanges } from "./last-person-changes";
import type { DocumentStatus } from "./types";

export type LibraryRow = {
  id: string;
  title: string;
  sourceName: string | null;
  status: DocumentStatus;
  engine: string | null;
  createdAt: Date;
  segmentCount: number;
  translatedCount: number;
  editedCount: number;
  approvedCount: number;
};

export const LIBRARY_ROW_SELECT = {
  id: true,
  title: true,
  sourceName: true,
  status: true,
  engine: true,
  createdAt: true,
  segmentCount: true,
  translatedCount: true,
  editedCount: true,
  approvedCount: true,
} as const;

export async function libraryDocuments(rows: readonly LibraryRow[]): Promise<LibraryDocument[]> {
  const lastEdits = await lastPersonChanges(rows.map((row) => row.id));
  return rows.map((row): LibraryDocument => ({
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
  }));
}

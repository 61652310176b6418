import "server-only";
// Rebuilds the search index: SQLite's FTS5 index after a VACUUM; nothing on PostgreSQL,
// whose generated column cannot fall behind.
import { dialect } from "@/lib/db/queries/dialect";

export async function rebuildSearchIndex(): Promise<void> {
  await dialect().rebuildSearchIndex();
}

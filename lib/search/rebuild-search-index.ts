import "server-only";
// Rebuilds the search index from the Segment table. Needed only after a VACUUM (which
// may renumber Segment's rowids) or a migration that redefines Segment.
import { db } from "@/lib/db";

export async function rebuildSearchIndex(): Promise<void> {
  await db.$executeRawUnsafe(`INSERT INTO "SegmentSearch"("SegmentSearch") VALUES ('rebuild')`);
}

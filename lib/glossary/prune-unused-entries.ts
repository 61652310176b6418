import "server-only";
// Entries nobody mentions any more (the only article was re-split or deleted) disappear,
// unless a person has touched them: their rendering, notes or do-not-translate choice is
// knowledge worth keeping for the next article that names them.
import type { Tx } from "@/lib/db";

export async function pruneUnusedEntries(tx: Tx, entryIds: readonly string[]): Promise<number> {
  if (entryIds.length === 0) return 0;
  const removed = await tx.glossaryEntry.deleteMany({
    where: {
      id: { in: [...entryIds] },
      mentions: { none: {} },
      targetOrigin: { not: "user" },
      notes: null,
      doNotTranslate: false,
    },
  });
  return removed.count;
}

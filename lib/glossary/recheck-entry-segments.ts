import "server-only";
// After an entry changed, every translated sentence that mentions it is checked again.
import type { Tx } from "@/lib/db";
import { recheckSegmentTerms, type RecheckResult } from "./recheck-segment-terms";

export async function recheckEntrySegments(tx: Tx, entryIds: readonly string[]): Promise<RecheckResult> {
  const mentions = await tx.entityMention.findMany({
    where: { entryId: { in: [...entryIds] } },
    select: { segmentId: true },
    distinct: ["segmentId"],
  });
  return recheckSegmentTerms(tx, mentions.map((m) => m.segmentId));
}

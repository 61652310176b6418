import "server-only";
// A document is "translating" while work is owed for any of its pending sentences and
// "ready" once none is: a sentence whose translation failed does not hold the rest of
// the document back (the reader shows it with its reason and a retry button).
import type { Db, Tx } from "@/lib/db";
import type { EngineNote } from "@/lib/generated/prisma/enums";

export type EngineStamp = { engine: string; engineNote: EngineNote | null };

export async function settleDocumentStatus(client: Db | Tx, documentIds: readonly string[], stamp?: EngineStamp): Promise<void> {
  for (const documentId of new Set(documentIds)) {
    const owed = await client.segment.count({
      where: { documentId, status: "pending", OR: [{ task: null }, { task: { failedAt: null } }] },
    });
    await client.document.updateMany({
      where: { id: documentId },
      data: { ...(stamp ?? {}), ...(owed === 0 ? { status: "ready" } : {}) },
    });
  }
}

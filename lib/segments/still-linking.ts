import "server-only";
// A long article is linked a batch at a time after it is stored (lib/jobs/link-next-batch.ts),
// from sources read once. Changing its sentences meanwhile would link names to text that is
// gone, so structural edits answer "busy" (503, Retry-After), which the editor retries.
import type { Tx } from "@/lib/db";
import { failure } from "@/lib/operation-result";

export const STILL_LINKING_MESSAGE = "This article's names are still being linked; sentences can be split, merged or restored in a moment.";

export async function isStillLinking(tx: Tx, documentId: string): Promise<boolean> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { linkingFrom: true } });
  return document !== null && document.linkingFrom !== null;
}

export const stillLinking = () => failure("busy", STILL_LINKING_MESSAGE);

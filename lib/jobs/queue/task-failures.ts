import "server-only";
// Failed sentences of a document, as both providers keep them: on the TranslationTask
// row, with the last reason, until a retry owes the sentence again.
import { db } from "@/lib/db";
import type { TranslationFailure } from "./translation-queue";

export async function listTaskFailures(documentId: string): Promise<TranslationFailure[]> {
  const rows = await db.translationTask.findMany({
    // A comparison draft that failed is no translation failure of the article.
    where: { failedAt: { not: null }, kind: { not: "compare" }, segment: { documentId } },
    select: { segmentId: true, lastError: true, attempts: true },
  });
  return rows.map((row) => ({ segmentId: row.segmentId, reason: row.lastError ?? "", attempts: row.attempts }));
}

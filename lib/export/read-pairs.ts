import "server-only";
// Reads aligned pairs in document order, a batch at a time, so an export of any size
// holds only one batch in memory.
import { db } from "@/lib/db";

export type Pair = {
  documentId: string;
  documentTitle: string;
  paragraphIndex: number;
  position: number;
  source: string;
  target: string;
  status: string;
  engine: string | null;
  updatedAt: Date;
};

export type PairFilter = { documentIds: readonly string[] | null };

const BATCH = 2_000;

export async function* readPairs(filter: PairFilter): AsyncGenerator<Pair> {
  const documents = await db.document.findMany({
    where: filter.documentIds ? { id: { in: [...filter.documentIds] } } : {},
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
  for (const document of documents) {
    let after = -1;
    for (;;) {
      const rows = await db.segment.findMany({
        where: { documentId: document.id, position: { gt: after }, target: { not: null }, status: { not: "pending" } },
        orderBy: { position: "asc" },
        take: BATCH,
        select: { paragraphIndex: true, position: true, source: true, target: true, status: true, engine: true, updatedAt: true },
      });
      for (const row of rows) {
        yield { ...row, target: row.target ?? "", documentId: document.id, documentTitle: document.title };
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]?.position ?? after;
    }
  }
}

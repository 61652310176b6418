import "server-only";
import { db } from "@/lib/db";
import type { DocumentStatus, DocumentSummary } from "./types";

/** Every document, newest first, with translation progress counted in the database. */
export async function listDocuments(): Promise<DocumentSummary[]> {
  const [rows, counts] = await Promise.all([
    db.document.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, sourceName: true, status: true, engine: true, createdAt: true },
    }),
    db.segment.groupBy({ by: ["documentId", "status"], _count: { _all: true } }),
  ]);
  const totals = new Map<string, { translated: number; total: number }>();
  for (const c of counts) {
    const entry = totals.get(c.documentId) ?? { translated: 0, total: 0 };
    entry.total += c._count._all;
    if (c.status !== "pending") entry.translated += c._count._all;
    totals.set(c.documentId, entry);
  }
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    sourceName: row.sourceName,
    status: row.status as DocumentStatus,
    engine: row.engine,
    createdAt: row.createdAt.toISOString(),
    progress: totals.get(row.id) ?? { translated: 0, total: 0 },
  }));
}

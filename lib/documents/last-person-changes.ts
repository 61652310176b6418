import "server-only";
// "Last edited by" for the library: the newest change made by a person in each document,
// one grouped query for the whole list.
import { db } from "@/lib/db";

export async function lastPersonChanges(documentIds: readonly string[]): Promise<Map<string, { name: string; at: string }>> {
  if (documentIds.length === 0) return new Map();
  const latest = await db.change.groupBy({
    by: ["documentId"],
    where: { actorKind: "person", documentId: { in: [...documentIds] } },
    _max: { createdAt: true },
  });
  const keys = latest.flatMap((l) => (l._max.createdAt ? [{ documentId: l.documentId, actorKind: "person" as const, createdAt: l._max.createdAt }] : []));
  // In slices: SQLite limits how deep one WHERE may nest.
  const rows = [];
  for (let i = 0; i < keys.length; i += 200) {
    rows.push(...(await db.change.findMany({
      where: { OR: keys.slice(i, i + 200) },
      select: { documentId: true, actorName: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    })));
  }
  const result = new Map<string, { name: string; at: string }>();
  for (const row of rows) if (!result.has(row.documentId)) result.set(row.documentId, { name: row.actorName, at: row.createdAt.toISOString() });
  return result;
}

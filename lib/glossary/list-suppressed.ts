import "server-only";
// The "Not a name" list for the glossary page and the API: one item per marked entry
// (its keys grouped by the entry's Indonesian form), newest first.
import { db } from "@/lib/db";

export type Suppression = { key: string; source: string; keys: string[]; actorName: string; createdAt: string };

export async function listSuppressed(): Promise<Suppression[]> {
  const rows = await db.glossarySuppression.findMany({ orderBy: [{ createdAt: "desc" }, { key: "asc" }] });
  const bySource = new Map<string, Suppression>();
  for (const row of rows) {
    const group = bySource.get(row.source);
    if (group) group.keys.push(row.key);
    else bySource.set(row.source, { key: row.key, source: row.source, keys: [row.key], actorName: row.actorName, createdAt: row.createdAt.toISOString() });
  }
  return [...bySource.values()];
}

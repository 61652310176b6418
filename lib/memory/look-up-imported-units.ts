import "server-only";
// Exact matches from imported translation memory: source key → the newest import's
// unit. Used at ingest after the corpus's own reviewed sentences, which win. Only done
// imports count: a running import's units are not memory yet (memory-import-writer.ts).
import type { Db, Tx } from "@/lib/db";
import { memorySourceKey } from "@/lib/text/memory-unit";
import { importOrigin } from "./types";

export type ImportedHit = { target: string; unitId: number; importId: string; origin: string };

// Keeps each IN (...) list well under SQLite's bound-parameter limit.
const CHUNK = 500;

export async function lookUpImportedUnits(client: Db | Tx, sources: readonly string[]): Promise<Map<string, ImportedHit>> {
  const keys = [...new Set(sources.map(memorySourceKey))];
  const found = new Map<string, ImportedHit>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await client.memoryUnit.findMany({
      where: { sourceKey: { in: keys.slice(i, i + CHUNK) }, memoryImport: { status: "done" } },
      orderBy: { id: "desc" },
      select: { id: true, sourceKey: true, target: true, importId: true, memoryImport: { select: { fileName: true } } },
    });
    for (const row of rows) {
      if (found.has(row.sourceKey)) continue;
      found.set(row.sourceKey, { target: row.target, unitId: row.id, importId: row.importId, origin: importOrigin(row.memoryImport.fileName) });
    }
  }
  return found;
}

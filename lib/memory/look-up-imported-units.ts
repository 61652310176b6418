import "server-only";
// Exact matches from imported translation memory: source key → the newest import's
// unit. Used at ingest after the corpus's own reviewed sentences, which win. Only done
// imports count: a running import's units are not memory yet (memory-import-writer.ts).
import type { Db, Tx } from "@/lib/db";
import { memorySourceKey } from "@/lib/text/memory-unit";
import { textHash } from "@/lib/text/text-hash";
import { importOrigin } from "./types";

export type ImportedHit = { target: string; unitId: number; importId: string; origin: string };

// Keeps each IN (...) list well under SQLite's bound-parameter limit.
const CHUNK = 500;

export async function lookUpImportedUnits(client: Db | Tx, sources: readonly string[]): Promise<Map<string, ImportedHit>> {
  const keys = [...new Set(sources.map(memorySourceKey))];
  const found = new Map<string, ImportedHit>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const rows = await client.memoryUnit.findMany({
      // Found through the hash index, then compared in full (lib/text/text-hash.ts).
      where: { sourceHash: { in: chunk.map(textHash) }, sourceKey: { in: chunk }, memoryImport: { status: "done" } },
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

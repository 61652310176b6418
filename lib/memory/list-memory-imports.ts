import "server-only";
// The imports in translation memory, newest first, with what each brought.
import { db } from "@/lib/db";
import type { MemoryImportView } from "./types";

export async function listMemoryImports(): Promise<MemoryImportView[]> {
  const rows = await db.memoryImport.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { _count: { select: { units: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    imported: row.imported,
    duplicates: row.duplicates,
    refused: row.refused,
    reasons: reasonCounts(row.reasons),
    units: row._count.units,
  }));
}

function reasonCounts(value: unknown): Record<string, number> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

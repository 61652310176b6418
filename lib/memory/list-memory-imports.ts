import "server-only";
// The imports in translation memory, newest first, with what each brought or, while it
// runs, how far it got; one import with its first refusals.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemoryImportDetail, MemoryImportView, Refusal } from "./types";

const WITH_UNITS = { _count: { select: { units: true } } } as const;
type Row = Prisma.MemoryImportGetPayload<{ include: typeof WITH_UNITS }>;

export async function listMemoryImports(): Promise<MemoryImportView[]> {
  const rows = await db.memoryImport.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], include: WITH_UNITS });
  return rows.map(viewOf);
}

export async function getMemoryImport(id: string): Promise<MemoryImportDetail | null> {
  const row = await db.memoryImport.findUnique({ where: { id }, include: WITH_UNITS });
  return row ? { ...viewOf(row), refusals: refusalsOf(row.refusals) } : null;
}

function viewOf(row: Row): MemoryImportView {
  const finished = row.status === "done";
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    imported: row.imported,
    duplicates: row.duplicates,
    refused: row.refused,
    reasons: reasonCounts(row.reasons),
    // A running import's units are not memory yet; a failed one's are being swept.
    units: finished ? row._count.units : 0,
    progress: {
      bytesRead: row.bytesRead,
      bytesTotal: row.bytesTotal,
      unitsRead: row.unitsRead,
      percent: finished ? 100 : row.bytesTotal ? Math.min(100, Math.floor((row.bytesRead / row.bytesTotal) * 100)) : null,
    },
    error: errorOf(row.error),
  };
}

function reasonCounts(value: unknown): Record<string, number> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

function refusalsOf(value: unknown): Refusal[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is Refusal => typeof r === "object" && r !== null && typeof (r as Refusal).line === "number" && typeof (r as Refusal).code === "string");
}

function errorOf(value: unknown): MemoryImportView["error"] {
  if (typeof value !== "object" || value === null) return null;
  const { code, message, details } = value as { code?: unknown; message?: unknown; details?: unknown };
  if (typeof code !== "string" || typeof message !== "string") return null;
  return typeof details === "object" && details !== null ? { code, message, details: details as Record<string, unknown> } : { code, message };
}

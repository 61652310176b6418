import "server-only";
// Recent changes across the corpus, newest first, filtered by action and actor and read
// page by page with a keyset cursor. The document's own list is the same query narrowed
// to one document (list-document-changes.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failure, type OperationResult } from "@/lib/operation-result";
import { ACTION_NAMES, actionEnum } from "./action-names";
import { decodeCursor, encodeCursor } from "./change-cursor";
import { reshapeChange } from "./reshape-change";
import type { ChangePage } from "./types";

export const MAX_CHANGE_PAGE = 200;

export const changeQuerySchema = z.object({
  action: z.enum(ACTION_NAMES).optional(),
  actor: z.string().trim().min(1).max(200).optional(),
  before: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGE_PAGE).default(50),
});
export type ChangeFilter = z.output<typeof changeQuerySchema>;

/** Parses the query string (or a page's search params) into a filter; 422 values on nonsense. */
export function parseChangeQuery(params: Record<string, string | undefined>): OperationResult<{ query: ChangeFilter }> {
  const blankless = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = changeQuerySchema.safeParse(blankless);
  if (!parsed.success) return failure("invalid-input", parsed.error.issues[0]?.message ?? "Invalid change filter.");
  return { ok: true, query: parsed.data };
}

export async function listChanges(query: ChangeFilter, documentId?: string): Promise<OperationResult<ChangePage>> {
  const cursor = query.before === undefined ? null : decodeCursor(query.before);
  if (query.before !== undefined && !cursor) return failure("invalid-input", "The page cursor is not one this server gave out.");
  const where: Prisma.ChangeWhereInput = {
    ...(documentId !== undefined ? { documentId } : {}),
    ...(query.action ? { action: actionEnum(query.action) } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
  };
  // One extra row says whether another page follows, without a count.
  const rows = await db.change.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const titles = await documentTitles(page.map((row) => row.documentId));
  const last = page.at(-1);
  return {
    ok: true,
    changes: page.map((row) => ({ ...reshapeChange(row), documentId: row.documentId, documentTitle: titles.get(row.documentId) ?? null, segmentId: row.segmentId })),
    next: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

async function documentTitles(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.document.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, title: true } });
  return new Map(rows.map((row) => [row.id, row.title]));
}

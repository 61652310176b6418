import "server-only";
// The WHERE clause of every PostgreSQL export and of its statistics, as the SQLite one
// (../sqlite/pair-filter.ts) with the same rules: one place, so a download always holds
// exactly the pairs the statistics counted. Values go in as numbered parameters.
import type { PairFilter } from "@/lib/export/export-options";

/** Collects bound values and hands out their placeholders ($1, $2, …). */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly #documentIds = new WeakMap<readonly string[], string>();

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** One parameter for the selection, however often the query names it. */
  documentIds(ids: readonly string[]): string {
    let placeholder = this.#documentIds.get(ids);
    if (!placeholder) {
      placeholder = this.add([...ids]);
      this.#documentIds.set(ids, placeholder);
    }
    return placeholder;
  }
}

// "checked" means a person edited or approved the sentence (see the SQLite file).
const STATUS_SQL: Record<PairFilter["status"], (alias: string) => string> = {
  translated: (a) => `${a}."status" <> 'pending'`,
  checked: (a) => `${a}."status" IN ('edited', 'approved')`,
  approved: (a) => `${a}."status" = 'approved'`,
};

/** An unreviewed draft: output of the offline draft engine nobody has touched. */
export function draftCondition(alias: string): string {
  return `(${alias}."status" = 'machine' AND left(coalesce(${alias}."engine", ''), 6) = 'draft:')`;
}

export function pairConditions(alias: string, filter: PairFilter, params: SqlParams): string {
  const parts = [`${alias}."target" IS NOT NULL`, STATUS_SQL[filter.status](alias), inLiveDocument(alias)];
  if (!filter.drafts) parts.push(`NOT ${draftCondition(alias)}`);
  if (filter.documentIds) parts.push(`${alias}."documentId" = ANY(${params.documentIds(filter.documentIds)}::text[])`);
  return parts.join(" AND ");
}

/** Trashed documents are never exported, and never hide a live pair from dedupe. */
export function inLiveDocument(alias: string): string {
  return `${alias}."documentId" NOT IN (SELECT "id" FROM "Document" WHERE "deletedAt" IS NOT NULL)`;
}

/**
 * Keeps a pair only if no identical (source, target) pair that also passes the filter
 * comes earlier in export order. The order is compared as a row: document createdAt as a
 * timestamp, then document id in byte order (COLLATE "C", SQLite's order whatever the
 * database's collation), then position. Found through the sourceHash index, then compared
 * in full. `document` is the alias of the outer row's Document.
 */
export function dedupeCondition(alias: string, document: string, filter: PairFilter, params: SqlParams): string {
  return `NOT EXISTS (SELECT 1 FROM "Segment" e JOIN "Document" ed ON ed."id" = e."documentId"
    WHERE e."sourceHash" = ${alias}."sourceHash" AND e."source" = ${alias}."source" AND e."target" = ${alias}."target"
      AND ${pairConditions("e", filter, params)}
      AND (ed."createdAt", ed."id" COLLATE "C", e."position") < (${document}."createdAt", ${document}."id" COLLATE "C", ${alias}."position"))`;
}

/** Words as runs of anything but space, tab, LF and CR: the count SQLite's wordCountSql makes. */
export function wordCountSql(column: string): string {
  return `regexp_count(coalesce(${column}, ''), E'[^ \\t\\n\\r]+')`;
}

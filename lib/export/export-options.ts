// What to export and how, parsed once from a query string. The HTTP routes, the stats
// endpoint, the export page and the CLI all go through parseExportQuery, so the same
// words mean the same selection everywhere.
import { z } from "zod";

export const EXPORT_FORMATS = ["tsv", "tmx", "moses", "jsonl", "glossary"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * approved: a person approved it; checked: a person edited or approved it; translated:
 * anything with a target, including unreviewed engine and memory output.
 */
export const EXPORT_STATUSES = ["translated", "checked", "approved"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export type PairFilter = {
  documentIds: readonly string[] | null;
  status: ExportStatus;
  /**
   * Keep unreviewed output of the offline draft engine (engine "draft:…", status machine).
   * Memory fills are not drafts: their text is a person's translation of the same source.
   */
  drafts: boolean;
  /** Identical (source, target) pairs once, keeping the first in export order. */
  dedupe: boolean;
};

export type ExportOptions = PairFilter & {
  format: ExportFormat;
  header: boolean;
  /** "meta" adds document id, title, paragraph, position, status, engine, reviewer, updated at (TSV only). */
  columns: "pair" | "meta";
  /** TSV only: prefix cells a spreadsheet would run as a formula (=, +, -, @) with an apostrophe. */
  spreadsheet: boolean;
};

export type ParsedExportQuery = { ok: true; options: ExportOptions } | { ok: false; code: "invalid-input"; message: string };

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((value) => value === "" || value === "1" || value === "true" || value === "yes" || value === "on");

const query = z.object({
  format: z.enum(EXPORT_FORMATS).default("tsv"),
  status: z.enum(EXPORT_STATUSES).default("translated"),
  drafts: flag.default(false),
  dedupe: flag.optional(),
  header: flag.default(false),
  columns: z.enum(["pair", "meta"]).default("pair"),
  spreadsheet: flag.default(false),
  documents: z.array(z.string().trim().min(1).max(64)).max(1000).optional(),
});

/**
 * `documents` may be comma-separated, repeated, or both. A route's own document id
 * (`/api/documents/:id/export`) takes the place of any `documents` parameter.
 * Dedupe defaults to on for the corpus or a set of documents, off for a single one.
 */
export function parseExportQuery(params: URLSearchParams, documentId: string | null = null): ParsedExportQuery {
  const documents = documentId
    ? [documentId]
    : params.getAll("documents").flatMap((value) => value.split(",")).map((id) => id.trim()).filter((id) => id !== "");
  const raw: Record<string, unknown> = {};
  for (const key of ["format", "status", "drafts", "dedupe", "header", "columns", "spreadsheet"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value.trim().toLowerCase();
  }
  if (documents.length > 0) raw.documents = [...new Set(documents)];
  const parsed = query.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "query")))];
    return { ok: false, code: "invalid-input", message: `Invalid export option: ${fields.join(", ")}. ${HINT}` };
  }
  const { documents: ids, dedupe, ...rest } = parsed.data;
  const documentIds = ids ?? null;
  return { ok: true, options: { ...rest, documentIds, dedupe: dedupe ?? documentIds?.length !== 1 } };
}

const HINT = `Use format=${EXPORT_FORMATS.join("|")}, status=${EXPORT_STATUSES.join("|")}, columns=pair|meta, and 1 or 0 for drafts, dedupe, header, spreadsheet.`;

/** The query string for these options, e.g. for the export page's download link. */
export function exportQueryString(options: ExportOptions): string {
  const params = new URLSearchParams({ format: options.format, status: options.status });
  if (options.documentIds) params.set("documents", options.documentIds.join(","));
  params.set("dedupe", options.dedupe ? "1" : "0");
  if (options.drafts) params.set("drafts", "1");
  if (options.header) params.set("header", "1");
  if (options.columns === "meta") params.set("columns", "meta");
  if (options.spreadsheet) params.set("spreadsheet", "1");
  return params.toString();
}

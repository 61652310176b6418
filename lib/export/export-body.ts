import "server-only";
// One export, whatever the transport: checks the selection, then names the file and
// streams the chosen format from a single read snapshot. Used by HTTP and the CLI.
import { dialect, type ExportSnapshot } from "@/lib/db/queries/dialect";
import { AppError } from "@/lib/errors";
import type { ExportFormat, ExportOptions } from "./export-options";
import { glossaryChunks } from "./stream-glossary";
import { jsonlChunks } from "./stream-jsonl";
import { mosesChunks } from "./stream-moses";
import { tmxChunks } from "./stream-tmx";
import { tsvChunks } from "./stream-tsv";

type Chunks = (snapshot: ExportSnapshot, options: ExportOptions) => AsyncGenerator<string | Uint8Array>;

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string; chunks: Chunks }> = {
  tsv: { contentType: "text/tab-separated-values; charset=utf-8", extension: "tsv", chunks: tsvChunks },
  tmx: { contentType: "application/x-tmx+xml; charset=utf-8", extension: "tmx", chunks: tmxChunks },
  moses: { contentType: "application/zip", extension: "zip", chunks: mosesChunks },
  jsonl: { contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl", chunks: jsonlChunks },
  glossary: { contentType: "text/tab-separated-values; charset=utf-8", extension: "tsv", chunks: glossaryChunks },
};

export type ExportBody = { fileName: string; contentType: string; chunks: AsyncGenerator<string | Uint8Array> };

/**
 * Throws AppError("not-found") when a selected document does not exist, and
 * AppError("empty-export") when the choice holds nothing, so no one downloads an
 * empty file thinking it is their corpus.
 */
export async function exportBody(options: ExportOptions): Promise<ExportBody> {
  const info = EXPORT_FORMAT_INFO[options.format];
  const titles = options.format === "glossary" ? [] : await documentTitles(options.documentIds);
  // Only an empty choice needs the drafts count (a scan): a big export should not pay for it.
  const contents = await exportContents(options, { countDrafts: "when-empty" });
  if (contents.empty) throw new AppError("empty-export", emptyExportMessage(options, contents.draftsLeftOut), { draftsLeftOut: contents.draftsLeftOut });
  return {
    fileName: `${exportBaseName(options, titles)}.${info.extension}`,
    contentType: info.contentType,
    chunks: dialect().withExportSnapshot((snapshot) => info.chunks(snapshot, options)),
  };
}

/** Whether the choice selects anything, and how many draft pairs it leaves out. */
export function exportContents(
  options: ExportOptions,
  { countDrafts }: { countDrafts: "always" | "when-empty" } = { countDrafts: "always" },
): Promise<{ empty: boolean; draftsLeftOut: number }> {
  return dialect().readExportSnapshot(async (snapshot) => {
    if (options.format === "glossary") return { empty: !(await snapshot.hasGlossaryEntries()), draftsLeftOut: 0 };
    const empty = !(await snapshot.hasPairs(options));
    return { empty, draftsLeftOut: empty || countDrafts === "always" ? await snapshot.countDraftsLeftOut(options) : 0 };
  });
}

function emptyExportMessage(options: ExportOptions, draftsLeftOut: number): string {
  if (options.format === "glossary") return "Nothing to export: the glossary has no entries yet.";
  const drafts = draftsLeftOut > 0 ? ` ${draftsLeftOut} unreviewed draft pair(s) are left out; add drafts=1 to include them.` : "";
  return `Nothing to export: no translated sentence pair matches status=${options.status}.${drafts}`;
}

function exportBaseName(options: ExportOptions, titles: readonly string[]): string {
  if (options.format === "glossary") return "selaras-glossary";
  const only = titles.length === 1 ? titles[0] : undefined;
  return only !== undefined ? `selaras-${only}` : "selaras-corpus";
}

/** Titles of the selected documents (none for the whole corpus); every id must exist. */
export async function documentTitles(documentIds: readonly string[] | null): Promise<string[]> {
  if (!documentIds) return [];
  const rows = await dialect().readExportSnapshot((snapshot) => snapshot.documentTitles(documentIds));
  const missing = documentIds.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) throw new AppError("not-found", `No document with id ${missing.join(", ")}.`, { missing });
  return rows.map((row) => row.title);
}

/** Chunks as bytes, for Response bodies and files. */
export function toByteStream(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

import "server-only";
// POST /api/memory/import's body, streamed to temporary files and checked for what can be
// told before any import: a declared Content-Length over the cap is refused before a
// byte is read, a body that grows past it is cut off, an empty one is refused. Two shapes:
// - the raw file (any Content-Type but multipart; application/octet-stream is fine) with
//   ?format=tmx|tsv and ?name=<file name>;
// - multipart/form-data with a `file` field (TMX or TSV), or `source` and `target` for a
//   Moses pair; `format` and `name` may come as form fields or in the query. The format
//   follows the file's extension (.tmx, .tsv) when nothing names it.
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";
import { MULTIPART_ALLOWANCE_BYTES } from "@/lib/security/body-limit";
import { knownBinaryKind } from "@/lib/ingest/binary-signature";
import { newUploadPath, removeUploads, tooLarge, writeUpload, type UploadCounter } from "./upload-files";
import { readMultipartUpload } from "./read-multipart-upload";
import { MEMORY_IMPORT_FORMATS, type MemoryImportFormat } from "./types";

export type ReceivedUpload = {
  fileName: string;
  format: MemoryImportFormat;
  sourcePath: string;
  targetPath?: string;
  bytes: number;
};

const SNIFF_BYTES = 16;

export async function receiveMemoryUpload(request: Request, maxBytes: number): Promise<ReceivedUpload> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_ALLOWANCE_BYTES) throw tooLarge(maxBytes);
  const url = new URL(request.url);
  const query = { format: url.searchParams.get("format") ?? undefined, name: url.searchParams.get("name") ?? undefined };
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body) throw new AppError("empty-input", "The file is empty.");
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const counter: UploadCounter = { bytes: 0, maxBytes };
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  if (!multipart && declared > maxBytes) throw tooLarge(maxBytes);
  if (multipart) return checked(await readMultipartUpload(body, contentType, counter, query));
  const format = formatOf(query.format, query.name);
  if (format === "moses") throw new AppError("invalid-input", "A Moses import sends two files as multipart/form-data: source (Indonesian) and target (English).");
  const sourcePath = newUploadPath();
  const bytes = await writeUpload(body, sourcePath, counter);
  return checked({ fileName: query.name ?? `import.${format}`, format, sourcePath, bytes });
}

/** The format named (query or form), else the file's extension; Moses needs two files. */
export function formatOf(named: string | undefined, fileName: string | undefined): MemoryImportFormat {
  if (named !== undefined && named !== "") {
    if (!(MEMORY_IMPORT_FORMATS as readonly string[]).includes(named)) throw new AppError("invalid-input", `Unknown format "${named.slice(0, 20)}": use tmx, tsv or moses.`);
    return named as MemoryImportFormat;
  }
  const extension = /\.([a-z]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (extension === "tmx" || extension === "tsv") return extension;
  throw new AppError("invalid-input", "Name the format: ?format=tmx, tsv or moses (and the file with ?name=).");
}

/** What the bytes can tell at once, before the import is queued: nothing, or not text. */
async function checked(upload: ReceivedUpload): Promise<ReceivedUpload> {
  try {
    if (upload.bytes === 0) throw new AppError("empty-input", "The file is empty.");
    for (const file of [upload.sourcePath, upload.targetPath]) {
      if (!file) continue;
      const kind = knownBinaryKind(await headOf(file));
      if (kind) throw new AppError("binary-file", `This looks like a binary file (${kind}), not parallel text.`);
    }
    return { ...upload, fileName: upload.fileName.trim().slice(0, 200) || `import.${upload.format}` };
  } catch (error) {
    removeUploads([upload.sourcePath, upload.targetPath]);
    throw error;
  }
}

async function headOf(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

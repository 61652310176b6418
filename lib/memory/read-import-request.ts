import "server-only";
// An import request: TMX or TSV as the raw body (streamed, never buffered here) with
// ?format= and ?name=; Moses as multipart/form-data with two files, "source" (Indonesian)
// and "target" (English). The web upload is capped at MAX_INPUT_BYTES per file; larger
// memories go through the CLI, which streams any size.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import type { ByteSource } from "./import-memory";
import { MEMORY_IMPORT_FORMATS, type MemoryImportFormat } from "./types";

const query = z.object({
  format: z.enum(MEMORY_IMPORT_FORMATS),
  name: z.string().trim().min(1).max(200).optional(),
});

export type MemoryImportRequest = { fileName: string; format: MemoryImportFormat; source: ByteSource; target?: ByteSource; maxBytes: number };

export async function readMemoryImportRequest(request: Request): Promise<MemoryImportRequest> {
  const url = new URL(request.url);
  const parsed = query.safeParse({ format: url.searchParams.get("format") ?? undefined, name: url.searchParams.get("name") ?? undefined });
  if (!parsed.success) throw new AppError("invalid-input", "Name the format: ?format=tmx, tsv or moses (and the file with ?name=).");
  const { format, name } = parsed.data;
  if (format === "moses") return readMosesForm(request, name);
  if (!request.body) throw new AppError("empty-input", "The file is empty.");
  return { fileName: name ?? `import.${format}`, format, source: chunksOf(request.body), maxBytes: MAX_INPUT_BYTES };
}

async function readMosesForm(request: Request, name: string | undefined): Promise<MemoryImportRequest> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > 2 * MAX_INPUT_BYTES + 64 * 1024) throw new AppError("too-large", "Each Moses file may be at most 2 MB over the web; use the CLI for larger ones.");
  const form = await request.formData().catch(() => null);
  const source = form?.get("source");
  const target = form?.get("target");
  if (!(source instanceof File) || !(target instanceof File)) {
    throw new AppError("invalid-input", "A Moses import needs two files: source (Indonesian) and target (English).");
  }
  return { fileName: name ?? source.name, format: "moses", source: chunksOf(source.stream()), target: chunksOf(target.stream()), maxBytes: MAX_INPUT_BYTES };
}

export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

import "server-only";
// HTTP side of exports: validates the query, picks the format, sets a correct
// Content-Type and a safe download name (RFC 6266), and streams the body.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { toByteStream, tsvChunks } from "./stream-tsv";

const query = z.object({ format: z.enum(["tsv"]).default("tsv") });

export async function exportResponse(params: URLSearchParams, documentId: string | null): Promise<Response> {
  try {
    const parsed = query.safeParse(Object.fromEntries(params));
    if (!parsed.success) throw new AppError("invalid-input", "Unknown export format. Use format=tsv.");
    let name = "selaras-corpus";
    if (documentId) {
      const document = await db.document.findUnique({ where: { id: documentId }, select: { title: true } });
      if (!document) throw new AppError("not-found", "No document with that id.");
      name = `selaras-${document.title}`;
    }
    const body = toByteStream(tsvChunks({ documentIds: documentId ? [documentId] : null }));
    return new Response(body, {
      headers: {
        "content-type": "text/tab-separated-values; charset=utf-8",
        "content-disposition": contentDisposition(`${name}.tsv`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** ASCII fallback plus RFC 5987 UTF-8 name; never a path, never a header injection. */
export function contentDisposition(fileName: string): string {
  const clean = fileName.normalize("NFC").replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
  const ascii = clean.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/[%;,]/g, "").replace(/\s+/g, "-") || "selaras-export";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

import "server-only";
// HTTP side of exports: validates the query, checks the selection, sets a correct
// Content-Type and a safe download name (RFC 6266), and streams the body.
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { exportBody, toByteStream } from "./export-body";
import { parseExportQuery } from "./export-options";

export async function exportResponse(params: URLSearchParams, documentId: string | null): Promise<Response> {
  try {
    const parsed = parseExportQuery(params, documentId);
    if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
    const body = exportBody(parsed.options);
    return new Response(toByteStream(body.chunks), {
      headers: {
        "content-type": body.contentType,
        "content-disposition": contentDisposition(body.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** ASCII fallback plus RFC 5987 UTF-8 name; never a path, never a header injection. */
export function contentDisposition(fileName: string): string {
  // Bidi controls are dropped too: U+202E can make "gpj.exe" display as "exe.jpg".
  const clean = fileName
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
  const ascii = clean.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/[%;,]/g, "").replace(/\s+/g, "-") || "selaras-export";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

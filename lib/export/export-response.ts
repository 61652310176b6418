import "server-only";
// HTTP side of exports: validates the query, checks the selection, sets a correct
// Content-Type and a safe download name (RFC 6266), and streams the body.
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { contentDisposition } from "@/lib/security/content-disposition";
import { exportBody, toByteStream } from "./export-body";
import { parseExportQuery } from "./export-options";

export async function exportResponse(params: URLSearchParams, documentId: string | null): Promise<Response> {
  try {
    const parsed = parseExportQuery(params, documentId);
    if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
    const body = await exportBody(parsed.options);
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

export { contentDisposition };

import "server-only";
// HTTP side of the export statistics: same query as the download, JSON answer.
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { documentTitles } from "./export-body";
import { parseExportQuery } from "./export-options";
import { getExportStats } from "./export-stats";

export async function exportStatsResponse(params: URLSearchParams): Promise<Response> {
  try {
    const parsed = parseExportQuery(params);
    if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
    await documentTitles(parsed.options.documentIds);
    return Response.json(await getExportStats(parsed.options), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

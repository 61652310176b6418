// GET /api/export/stats?…same filters as /api/export — pairs, words, by status and by engine.
import { exportStatsResponse } from "@/lib/export/stats-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportStatsResponse(new URL(request.url).searchParams);
}

// GET /api/documents/:id/export?format=… — one document's pairs, streamed; same options as /api/export.
import { exportResponse } from "@/lib/export/export-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return exportResponse(new URL(request.url).searchParams, id);
}

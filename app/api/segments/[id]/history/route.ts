// GET /api/segments/:id/history — the segment's change log, newest first; each entry names its action and actor. A merged-away segment's log is still served (segment: null).
import { listSegmentHistory } from "@/lib/segments/list-segment-history";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await listSegmentHistory(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ segment: result.segment, revisions: result.revisions });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/segments/:id/revert — put back the text of a history entry { changeId, version } as a new change; 409 on a stale version.
import { requestActor } from "@/lib/auth/request-user";
import { revertSegment } from "@/lib/segments/revert-segment";
import { readBody } from "@/lib/http/read-json-body";
import { revertBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, revertBody);
    const result = await revertSegment({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json(result.segment);
  } catch (error) {
    return errorResponse(error);
  }
}

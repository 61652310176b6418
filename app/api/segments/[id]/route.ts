// PATCH /api/segments/:id — save a correction { target, status?, version }; 409 with the current text on a stale version.
import { requestActor } from "@/lib/auth/request-user";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import { readBody } from "@/lib/http/read-json-body";
import { saveBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function PATCH(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, saveBody);
    const result = await updateSegmentTranslation({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json(result.segment);
  } catch (error) {
    return errorResponse(error);
  }
}

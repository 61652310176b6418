// POST /api/segments/:id/retranslate — queue one sentence for the current engine { version, force? }; 403 for hand edits without force.
import { requestActor } from "@/lib/auth/request-user";
import { retranslateSegment } from "@/lib/segments/retranslate-segment";
import { readBody } from "@/lib/http/read-json-body";
import { retranslateBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, retranslateBody);
    const result = await retranslateSegment({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json(result.segment, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

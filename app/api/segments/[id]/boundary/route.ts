// POST /api/segments/:id/boundary — move the English boundary with the next pair to { at } (an offset in both English texts joined by a space).
import { requestActor } from "@/lib/auth/request-user";
import { moveTargetBoundary } from "@/lib/segments/move-target-boundary";
import { readBody } from "@/lib/http/read-json-body";
import { boundaryBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, boundaryBody);
    const result = await moveTargetBoundary({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json({ first: result.first, next: result.next });
  } catch (error) {
    return errorResponse(error);
  }
}

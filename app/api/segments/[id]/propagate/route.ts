// POST /api/segments/:id/propagate — copy this sentence's correction to its repeats not edited by hand; returns the count.
import { requestActor } from "@/lib/auth/request-user";
import { propagateCorrection } from "@/lib/segments/propagate-correction";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await propagateCorrection(id, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    return Response.json({ updated: result.updated, segmentIds: result.segmentIds });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/segments/:id/retry-translation — owe a failed sentence's translation again; 409 when it had not failed.
import { retrySegmentTranslation } from "@/lib/segments/retry-segment-translation";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await retrySegmentTranslation(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ segmentId: result.segmentId }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/segments/:id/repetitions — other occurrences of the same Indonesian sentence across the corpus.
import { findRepetitions } from "@/lib/segments/find-repetitions";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await findRepetitions(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ source: result.source, propagatable: result.propagatable, repetitions: result.repetitions });
  } catch (error) {
    return errorResponse(error);
  }
}

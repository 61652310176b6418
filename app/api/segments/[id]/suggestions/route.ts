// GET /api/segments/:id/suggestions — up to three similar reviewed sentences (≥ 75%) from translation memory.
import { findFuzzySuggestions } from "@/lib/segments/fuzzy-suggestions";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await findFuzzySuggestions(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ suggestions: result.suggestions });
  } catch (error) {
    return errorResponse(error);
  }
}

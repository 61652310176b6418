// GET /api/documents/:id/comparison — machine translations of the article's published pairs, for a learner's comparison. POST — ask for them (low-priority work for the translation worker): 202 { queued }; 422 for an article without a published English.
import { requireUser } from "@/lib/auth/request-user";
import { AppError } from "@/lib/errors";
import { getComparison } from "@/lib/comparison/get-comparison";
import { requestComparison } from "@/lib/comparison/request-comparison";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  try {
    const comparison = await getComparison((await context.params).id);
    if (!comparison) throw new AppError("not-found", "No document with that id.");
    return Response.json(comparison, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    // Any signed-in reader may ask: it only adds drafts beside the text, never changes it.
    await requireUser(request, "read");
    const result = await requestComparison((await context.params).id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ queued: result.queued }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

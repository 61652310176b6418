// POST /api/documents/:id/retranslate — queue every machine sentence for the current engine; hand edits stay as they are.
import { requestActor } from "@/lib/auth/request-user";
import { retranslateDocument } from "@/lib/segments/retranslate-document";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await retranslateDocument(id, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    return Response.json({ queued: result.queued }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

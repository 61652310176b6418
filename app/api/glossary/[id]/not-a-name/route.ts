// POST /api/glossary/:id/not-a-name — remove the entry's marks everywhere and suppress its keys: { entryId, source, keys, removedMentions }.
import { requestActor } from "@/lib/auth/request-user";
import { markNotAName } from "@/lib/glossary/mark-not-a-name";
import { errorResponse } from "@/lib/http/error-response";
import { toAppError } from "@/lib/operation-result";

export const runtime = "nodejs";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await markNotAName(id, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    const { ok: _ok, ...marked } = result;
    return Response.json(marked);
  } catch (error) {
    return errorResponse(error);
  }
}

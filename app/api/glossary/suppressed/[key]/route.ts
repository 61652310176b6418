// DELETE /api/glossary/suppressed/:key — undo "Not a name" (every key marked with it) and relink the documents: { source, keys, documents }.
import { undoNotAName } from "@/lib/glossary/undo-not-a-name";
import { errorResponse } from "@/lib/http/error-response";
import { toAppError } from "@/lib/operation-result";

export const runtime = "nodejs";

export async function DELETE(_request: Request, context: { params: Promise<{ key: string }> }): Promise<Response> {
  try {
    const { key } = await context.params;
    const result = await undoNotAName(key);
    if (!result.ok) throw toAppError(result);
    const { ok: _ok, ...undone } = result;
    return Response.json(undone);
  } catch (error) {
    return errorResponse(error);
  }
}

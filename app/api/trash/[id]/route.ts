// DELETE /api/trash/:id — purge one trashed document now (segments and mentions; the change log stays); 404 if not in the trash.
import { purgeDocument } from "@/lib/documents/purge-document";
import { errorResponse } from "@/lib/http/error-response";
import { toAppError } from "@/lib/operation-result";

export const runtime = "nodejs";

export async function DELETE(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await purgeDocument(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ id: result.id, purged: true });
  } catch (error) {
    return errorResponse(error);
  }
}

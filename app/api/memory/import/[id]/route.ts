// DELETE /api/memory/import/:id — remove an import and its units; sentences already filled from it stay as they are. 404 if unknown.
import { requireUser } from "@/lib/auth/request-user";
import { removeMemoryImport } from "@/lib/memory/remove-memory-import";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await requireUser(request, "edit");
    const { id } = await context.params;
    const result = await removeMemoryImport(id);
    if (!result.ok) throw toAppError(result);
    return Response.json({ id: result.id, removed: true, units: result.units });
  } catch (error) {
    return errorResponse(error);
  }
}

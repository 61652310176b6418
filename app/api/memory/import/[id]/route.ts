// GET /api/memory/import/:id — one import: status (queued, running, done, failed), progress, counts, first refusals, error. DELETE — remove an import and its units (a queued one leaves the queue; 409 while it runs); sentences already filled from it stay as they are. 404 if unknown.
import { requireUser } from "@/lib/auth/request-user";
import { AppError } from "@/lib/errors";
import { getMemoryImport } from "@/lib/memory/list-memory-imports";
import { removeMemoryImport } from "@/lib/memory/remove-memory-import";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    await requireUser(request, "read");
    const detail = await getMemoryImport((await context.params).id);
    if (!detail) throw new AppError("not-found", "No translation-memory import with that id.");
    return Response.json(detail, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
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

// GET /api/documents/:id/changes?before=&limit= — one document's change log, newest first; 404 for an unknown id, 422 on a bad cursor.
import { parseChangeQuery } from "@/lib/changes/list-changes";
import { listDocumentChanges } from "@/lib/changes/list-document-changes";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const parsed = parseChangeQuery(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) throw toAppError(parsed);
    const result = await listDocumentChanges(id, parsed.query);
    if (!result.ok) throw toAppError(result);
    return Response.json({ changes: result.changes, next: result.next });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/trash/:id/restore — bring a trashed document back with every edit intact: { id, title }; 404 if not in the trash.
import { requestActor } from "@/lib/auth/request-user";
import { undeleteDocument } from "@/lib/documents/undelete-document";
import { errorResponse } from "@/lib/http/error-response";
import { toAppError } from "@/lib/operation-result";

export const runtime = "nodejs";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await undeleteDocument(id, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    return Response.json({ id: result.id, title: result.title });
  } catch (error) {
    return errorResponse(error);
  }
}

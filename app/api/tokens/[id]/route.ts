// DELETE /api/tokens/:id — revoke one of my tokens; 404 for someone else's.
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { requireUser } from "@/lib/auth/request-user";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requireUser(request);
    return Response.json(await revokeApiToken(user.id, (await context.params).id));
  } catch (error) {
    return errorResponse(error);
  }
}

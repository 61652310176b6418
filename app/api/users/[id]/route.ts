// PATCH /api/users/:id { role?, disabled? } — change a role or disable (owner only); 403 for making or unmaking the owner.
import { updateUser } from "@/lib/auth/manage-users";
import { userPatchBody } from "@/lib/auth/request-bodies";
import { requireUser } from "@/lib/auth/request-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function PATCH(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await requireUser(request, "owner");
    const patch = await readBody(request, userPatchBody);
    return Response.json(await updateUser((await context.params).id, patch));
  } catch (error) {
    return errorResponse(error);
  }
}

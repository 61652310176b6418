// GET /api/users — every account with its role (owner only).
import { listUsers } from "@/lib/auth/manage-users";
import { requireUser } from "@/lib/auth/request-user";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireUser(request, "owner");
    return Response.json({ users: await listUsers() });
  } catch (error) {
    return errorResponse(error);
  }
}

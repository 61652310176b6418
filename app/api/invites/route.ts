// GET /api/invites — recent invites; POST { role } — a new one-time link (owner only), returned once as { token, invite }.
import { createInvite, listInvites } from "@/lib/auth/invites";
import { inviteBody } from "@/lib/auth/request-bodies";
import { requireUser } from "@/lib/auth/request-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireUser(request, "owner");
    return Response.json({ invites: await listInvites() });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const owner = await requireUser(request, "owner");
    const { role } = await readBody(request, inviteBody);
    return Response.json(await createInvite(owner.id, role), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/invites/:token — is the link still usable (role, expiry); POST { email, name, password } — accept it; 403 when used or expired.
import { acceptInvite, findUsableInvite } from "@/lib/auth/invites";
import { acceptInviteBody } from "@/lib/auth/request-bodies";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  try {
    return Response.json(await findUsableInvite((await context.params).token));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    const body = await readBody(request, acceptInviteBody);
    return Response.json(await acceptInvite((await context.params).token, body), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

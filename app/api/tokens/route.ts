// GET /api/tokens — my API tokens; POST { name } — a new one, returned once as { token, summary }.
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { tokenBody } from "@/lib/auth/request-bodies";
import { requireUser } from "@/lib/auth/request-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    return Response.json({ tokens: await listApiTokens(user.id) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    const { name } = await readBody(request, tokenBody);
    return Response.json(await createApiToken(user.id, name), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

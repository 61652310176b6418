// GET /api/me — who I am (id, name, email, role) and my preferences; PATCH { readingMode?, locale? } — store preferences.
import { getPreferences, updatePreferences } from "@/lib/auth/preferences";
import { preferencesBody } from "@/lib/auth/request-bodies";
import { requireUser } from "@/lib/auth/request-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    return Response.json({ ...user, preferences: await getPreferences(user.id) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    return Response.json(await updatePreferences(user.id, await readBody(request, preferencesBody)));
  } catch (error) {
    return errorResponse(error);
  }
}

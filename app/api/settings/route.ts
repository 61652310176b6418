// GET /api/settings — instance settings; PATCH { anyoneMayRead } — change them (owner only).
import { getSettings, updateSettings } from "@/lib/auth/settings";
import { settingsBody } from "@/lib/auth/request-bodies";
import { requireUser } from "@/lib/auth/request-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireUser(request, "owner");
    return Response.json(await getSettings());
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request): Promise<Response> {
  try {
    await requireUser(request, "owner");
    return Response.json(await updateSettings(await readBody(request, settingsBody)));
  } catch (error) {
    return errorResponse(error);
  }
}

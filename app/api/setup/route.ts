// POST /api/setup { email, name, password } — first run only: create the owner; 403 once any user exists.
import { createOwner } from "@/lib/auth/create-owner";
import { newUserFields } from "@/lib/auth/create-user";
import { readBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readBody(request, newUserFields);
    return Response.json(await createOwner(body), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

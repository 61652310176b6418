// PATCH /api/words/:id { status } — new, learning or known; DELETE — forget it. Own words only (404 otherwise).
import { requireUser } from "@/lib/auth/request-user";
import { errorResponse } from "@/lib/http/error-response";
import { readBody } from "@/lib/http/read-json-body";
import { deleteSavedWord, updateSavedWord } from "@/lib/words/update-saved-word";
import { updateWordBody } from "@/lib/words/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, context: Context): Promise<Response> {
  try {
    const user = await requireUser(request);
    const { status } = await readBody(request, updateWordBody);
    return Response.json(await updateSavedWord(user.id, (await context.params).id, status));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  try {
    const user = await requireUser(request);
    return Response.json(await deleteSavedWord(user.id, (await context.params).id));
  } catch (error) {
    return errorResponse(error);
  }
}

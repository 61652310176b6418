// GET /api/glossary/:id — the entry with every mention (concordance); PATCH — edit rendering, type, do-not-translate, notes, source.
import { getGlossaryEntry } from "@/lib/glossary/get-glossary-entry";
import { updateGlossaryEntry } from "@/lib/glossary/update-glossary-entry";
import { readBody } from "@/lib/http/read-json-body";
import { patchBody } from "@/lib/glossary/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  try {
    const { id } = await context.params;
    const entry = await getGlossaryEntry(id);
    if (!entry) throw new AppError("not-found", "No glossary entry with that id.");
    return Response.json(entry);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, context: Context): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await updateGlossaryEntry(id, await readBody(request, patchBody));
    if (!result.ok) throw toAppError(result);
    return Response.json(result.entry);
  } catch (error) {
    return errorResponse(error);
  }
}

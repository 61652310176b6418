// POST /api/glossary/:id/split { variant } — give one spelling its own entry again; returns { entry, from }.
import { splitGlossaryVariant } from "@/lib/glossary/split-glossary-variant";
import { readBody } from "@/lib/http/read-json-body";
import { splitBody } from "@/lib/glossary/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const { variant } = await readBody(request, splitBody);
    const result = await splitGlossaryVariant(id, variant);
    if (!result.ok) throw toAppError(result);
    return Response.json({ entry: result.entry, from: result.from });
  } catch (error) {
    return errorResponse(error);
  }
}

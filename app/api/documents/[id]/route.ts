// GET /api/documents/:id — the document with its paragraphs, segments and progress; 404 when unknown.
import { getDocument } from "@/lib/documents/get-document";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const document = await getDocument(id);
    if (!document) throw new AppError("not-found", "No document with that id.");
    return Response.json(document);
  } catch (error) {
    return errorResponse(error);
  }
}

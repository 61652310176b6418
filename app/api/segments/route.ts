// GET /api/segments?documentId=… — the editor's view of a document: segments in order with flags and glossary mentions.
import { getEditorDocument } from "@/lib/segments/get-editor-document";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const documentId = new URL(request.url).searchParams.get("documentId");
    if (!documentId) throw new AppError("invalid-input", "Name the document: ?documentId=…");
    const document = await getEditorDocument(documentId);
    if (!document) throw new AppError("not-found", "No document with that id.");
    return Response.json(document);
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/documents — the library list. POST /api/documents — ingest text, a file or a URL; 202 new, 200 duplicate.
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { readIngestRequest } from "@/lib/ingest/read-ingest-request";
import { listDocuments } from "@/lib/documents/list-documents";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json({ documents: await listDocuments() });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const input = await readIngestRequest(request);
    const result = await ingestDocument(input);
    const body = result.duplicate
      ? { id: result.id, status: result.status, duplicate: true }
      : { id: result.id, status: result.status };
    return Response.json(body, { status: result.duplicate ? 200 : 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

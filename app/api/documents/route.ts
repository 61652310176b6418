// GET /api/documents?cursor=&limit= — the library, newest first, a page at a time ({ documents, next, total }); 422 on a bad cursor. POST /api/documents[?compare=1] — ingest text, a file or a URL (compare=1: with its published English, also owe machine translations to compare with); 202 new, 200 duplicate.
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { readIngestRequest } from "@/lib/ingest/read-ingest-request";
import { documentPageSchema, listDocumentPage } from "@/lib/documents/list-document-page";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";
import { requestActorIfSignedIn } from "@/lib/auth/request-user";
import { requestComparison } from "@/lib/comparison/request-comparison";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = documentPageSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("invalid-input", `Invalid query: ${parsed.error.issues[0]?.path.join(".") ?? "?"}`);
    const result = await listDocumentPage(parsed.data);
    if (!result.ok) throw toAppError(result);
    return Response.json({ documents: result.documents, next: result.next, total: result.total });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const compare = new URL(request.url).searchParams.get("compare") === "1";
    const input = await readIngestRequest(request);
    if (compare && !input.translation) throw new AppError("invalid-input", "compare=1 needs the article's published English (translation, translationFile or translationUrl).");
    // The signed-in person is named on what the ingest records (an aligned pair's `align` row).
    const result = await ingestDocument({ ...input, actor: await requestActorIfSignedIn(request) });
    if (compare) await requestComparison(result.id);
    const body = result.duplicate
      ? { id: result.id, status: result.status, duplicate: true }
      : { id: result.id, status: result.status };
    return Response.json(body, { status: result.duplicate ? 200 : 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/changes?action=&actor=&before=&limit= — recent changes across the corpus, newest first; 422 on a bad filter or cursor.
import { listChanges, parseChangeQuery } from "@/lib/changes/list-changes";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = parseChangeQuery(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) throw toAppError(parsed);
    const result = await listChanges(parsed.query);
    if (!result.ok) throw toAppError(result);
    return Response.json({ changes: result.changes, next: result.next });
  } catch (error) {
    return errorResponse(error);
  }
}

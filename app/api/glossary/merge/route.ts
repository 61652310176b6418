// POST /api/glossary/merge { keepId, mergeId } — fold one entry into another; returns the kept entry.
import { mergeGlossaryEntries } from "@/lib/glossary/merge-glossary-entries";
import { readBody } from "@/lib/http/read-json-body";
import { mergeBody } from "@/lib/glossary/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    const { keepId, mergeId } = await readBody(request, mergeBody);
    const result = await mergeGlossaryEntries(keepId, mergeId);
    if (!result.ok) throw toAppError(result);
    return Response.json(result.entry);
  } catch (error) {
    return errorResponse(error);
  }
}

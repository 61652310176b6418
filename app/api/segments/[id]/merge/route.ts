// POST /api/segments/:id/merge — join a pair with the next one, checking { version, nextVersion } of both.
import { requestActor } from "@/lib/auth/request-user";
import { mergeSegments } from "@/lib/segments/merge-segments";
import { readBody } from "@/lib/http/read-json-body";
import { mergeBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, mergeBody);
    const result = await mergeSegments({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json({ segment: result.segment, removedId: result.removedId });
  } catch (error) {
    return errorResponse(error);
  }
}

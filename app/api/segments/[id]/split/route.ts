// POST /api/segments/:id/split — split a pair at { sourceAt, targetAt } (character offsets) from { version }.
import { requestActor } from "@/lib/auth/request-user";
import { splitSegment } from "@/lib/segments/split-segment";
import { readBody } from "@/lib/http/read-json-body";
import { splitBody } from "@/lib/segments/request-bodies";
import { toAppError } from "@/lib/operation-result";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const body = await readBody(request, splitBody);
    const result = await splitSegment({ id, ...body, actor: await requestActor(request) });
    if (!result.ok) throw toAppError(result);
    return Response.json({ first: result.first, second: result.second });
  } catch (error) {
    return errorResponse(error);
  }
}

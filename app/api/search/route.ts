// GET /api/search?q= — sentences matching in either language, grouped by document; 422 on an empty or overlong query.
import { searchSegments } from "@/lib/search/search-segments";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = new URL(request.url).searchParams.get("q") ?? "";
    const result = await searchSegments(query);
    if (!result.ok) return Response.json({ error: { code: result.code, message: result.message } }, { status: 422 });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}

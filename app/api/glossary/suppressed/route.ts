// GET /api/glossary/suppressed — the words marked "Not a name": { suppressed: [{ key, source, keys, actorName, createdAt }] }.
import { listSuppressed } from "@/lib/glossary/list-suppressed";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json({ suppressed: await listSuppressed() });
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/trash — documents in the trash, most recently deleted first: { documents: [{ id, title, deletedAt, purgeAt }] }.
import { listTrash } from "@/lib/documents/list-trash";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json({ documents: await listTrash() });
  } catch (error) {
    return errorResponse(error);
  }
}

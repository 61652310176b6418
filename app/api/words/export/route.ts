// GET /api/words/export?format=anki|csv — my saved words as an Anki text file or CSV (UTF-8, attachment).
import { z } from "zod";
import { requireUser } from "@/lib/auth/request-user";
import { errorResponse } from "@/lib/http/error-response";
import { exportSavedWords } from "@/lib/words/export-saved-words";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const formatParam = z.enum(["anki", "csv"]);

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    const url = new URL(request.url);
    const format = formatParam.safeParse(url.searchParams.get("format") ?? "anki");
    if (!format.success) return Response.json({ error: { code: "invalid-input", message: "format must be anki or csv." } }, { status: 422 });
    const file = await exportSavedWords(user.id, format.data, url.origin);
    return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` } });
  } catch (error) {
    return errorResponse(error);
  }
}

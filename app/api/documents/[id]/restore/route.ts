// POST /api/documents/:id/restore — put back a line the cleaner removed; { line } → 200 { added }.
import { z } from "zod";
import { restoreRemovedLine } from "@/lib/documents/restore-removed-line";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";

const body = z.object({ line: z.string().min(1).max(20_000) });

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const parsed = body.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new AppError("invalid-input", "Send { line } with the removed line to restore.");
    return Response.json(await restoreRemovedLine(id, parsed.data.line));
  } catch (error) {
    return errorResponse(error);
  }
}

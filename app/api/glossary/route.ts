// GET /api/glossary — every entry with counts (?type=, ?q=); ?format=tsv downloads source<TAB>target<TAB>type.
import { listGlossary } from "@/lib/glossary/list-glossary";
import { glossaryTsv } from "@/lib/glossary/glossary-tsv";
import { listQuery } from "@/lib/glossary/request-bodies";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("invalid-input", `Invalid query: ${parsed.error.issues[0]?.path.join(".") ?? "?"}`);
    const { format, type, q, header } = parsed.data;
    const entries = await listGlossary({ type, query: q });
    if (format === "json") return Response.json({ entries });
    return new Response(glossaryTsv(entries, header), {
      headers: {
        "Content-Type": "text/tab-separated-values; charset=utf-8",
        "Content-Disposition": 'attachment; filename="selaras-glossary.tsv"',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

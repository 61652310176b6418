// GET /api/dictionary/examples?word=&exclude=&limit= — other sentences with the word's root, with their translations.
import { z } from "zod";
import { findWordExamples, MAX_EXAMPLES } from "@/lib/dictionary/find-word-examples";
import { parseWord } from "@/lib/dictionary/look-up-word";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const limitParam = z.coerce.number().int().min(1).max(MAX_EXAMPLES).catch(5);

export async function GET(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const word = parseWord(params.get("word"));
    const limit = limitParam.parse(params.get("limit") ?? 5);
    return Response.json(await findWordExamples(word, { limit, excludeSegmentId: params.get("exclude") ?? undefined }));
  } catch (error) {
    return errorResponse(error);
  }
}

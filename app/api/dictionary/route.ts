// GET /api/dictionary?word=dikirimkan — root, affixes, senses (most likely first) and the glossary entry of a name; 422 for a non-word.
import { lookUpWord, parseWord } from "@/lib/dictionary/look-up-word";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const word = parseWord(new URL(request.url).searchParams.get("word"));
    return Response.json(await lookUpWord(word));
  } catch (error) {
    return errorResponse(error);
  }
}

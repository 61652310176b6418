// GET /api/words?q=&sort=&status= — my saved words; POST { word, segmentId? } — save one (201; 200 with the same entry when already saved).
import { requireUser } from "@/lib/auth/request-user";
import { errorResponse } from "@/lib/http/error-response";
import { readBody } from "@/lib/http/read-json-body";
import { listSavedWords, listWordsQuery } from "@/lib/words/list-saved-words";
import { saveWord } from "@/lib/words/save-word";
import { saveWordBody } from "@/lib/words/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    const query = listWordsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json({ words: await listSavedWords(user.id, query) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requireUser(request);
    const { word, created } = await saveWord(user.id, await readBody(request, saveWordBody));
    return Response.json({ word, created }, { status: created ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}

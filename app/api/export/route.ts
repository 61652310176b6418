// GET /api/export?format=tsv|tmx|moses|jsonl|glossary&status=…&documents=…&dedupe=…&drafts=…&header=…&columns=… — the corpus, streamed.
import { exportResponse } from "@/lib/export/export-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportResponse(new URL(request.url).searchParams, null);
}

// GET /api/memory/import — the imports in translation memory. POST /api/memory/import?format=tmx|tsv|moses&name=<file> — import a file (raw body; Moses as multipart source+target); 201 with the counts, all or nothing.
import { requestActor, requireUser } from "@/lib/auth/request-user";
import { importMemory } from "@/lib/memory/import-memory";
import { listMemoryImports } from "@/lib/memory/list-memory-imports";
import { readMemoryImportRequest } from "@/lib/memory/read-import-request";
import { errorResponse } from "@/lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireUser(request, "read");
    return Response.json({ imports: await listMemoryImports() });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await requestActor(request);
    const input = await readMemoryImportRequest(request);
    return Response.json(await importMemory({ ...input, actor }), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

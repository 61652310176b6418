// GET /api/memory/import — the imports, newest first. POST /api/memory/import — stream a TMX, TSV or Moses file to disk (raw body with ?format=&name=, or multipart) and queue its import: 202 { id, status: "queued" } with Location: /api/memory/import/:id; ?wait=1 answers once it has ended (201 with the counts, or its error). Outside the proxy: see lib/security/unproxied-route-guard.ts.
import { requestActor, requireUser } from "@/lib/auth/request-user";
import { env } from "@/lib/env";
import { listMemoryImports } from "@/lib/memory/list-memory-imports";
import { endedImport } from "@/lib/memory/memory-import-outcome";
import { queueMemoryImport } from "@/lib/memory/memory-import-queue";
import { receiveMemoryUpload } from "@/lib/memory/receive-memory-upload";
import { errorResponse } from "@/lib/http/error-response";
import { refuseLikeProxy, withSecurityHeaders } from "@/lib/security/unproxied-route-guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const refused = await refuseLikeProxy(request);
  if (refused) return refused;
  try {
    await requireUser(request, "read");
    return withSecurityHeaders(Response.json({ imports: await listMemoryImports() }));
  } catch (error) {
    return withSecurityHeaders(errorResponse(error));
  }
}

export async function POST(request: Request): Promise<Response> {
  const refused = await refuseLikeProxy(request);
  if (refused) return refused;
  try {
    const actor = await requestActor(request);
    const queued = await queueMemoryImport(await receiveMemoryUpload(request, env().MEMORY_IMPORT_MAX_BYTES), actor);
    if (new URL(request.url).searchParams.get("wait") === "1") return withSecurityHeaders(Response.json(await endedImport(queued.id), { status: 201 }));
    const location = `/api/memory/import/${queued.id}`;
    return withSecurityHeaders(Response.json({ ...queued, location }, { status: 202, headers: { location } }));
  } catch (error) {
    const response = withSecurityHeaders(errorResponse(error));
    // A body cut off at the cap is not read further: the connection closes after the answer.
    if (response.status === 413) response.headers.set("connection", "close");
    return response;
  }
}

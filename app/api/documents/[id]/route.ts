// GET /api/documents/:id — the document with its paragraphs, segments and progress; 404 when unknown or trashed.
// With ?since=<changeVersion>: only the sentences changed after that version, plus status and progress.
// PATCH { title } — rename (422 on an empty, huge or malformed title); DELETE — move to the trash (200).
import { requestActor } from "@/lib/auth/request-user";
import { z } from "zod";
import { getDocument } from "@/lib/documents/get-document";
import { getDocumentChanges } from "@/lib/documents/get-document-changes";
import { renameDocument } from "@/lib/documents/rename-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { renameBody } from "@/lib/documents/document-title";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { readBody } from "@/lib/http/read-json-body";
import { toAppError } from "@/lib/operation-result";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const sinceSchema = z.string().regex(/^\d{1,15}$/, "since must be a change version from an earlier answer.").transform(Number);

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const { id } = await context.params;
    const raw = new URL(request.url).searchParams.get("since");
    const since = raw === null ? null : sinceSchema.safeParse(raw);
    if (since && !since.success) throw new AppError("invalid-input", since.error.issues[0]?.message ?? "Invalid since.");
    const document = since ? await getDocumentChanges(id, since.data) : await getDocument(id);
    if (!document) throw new AppError("not-found", "No document with that id.");
    return Response.json(document);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, context: Context): Promise<Response> {
  try {
    const { id } = await context.params;
    const { title } = await readBody(request, renameBody);
    const result = await renameDocument(id, title, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    return Response.json({ id: result.id, title: result.title });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  try {
    const { id } = await context.params;
    const result = await deleteDocument(id, await requestActor(request));
    if (!result.ok) throw toAppError(result);
    const { ok: _ok, ...trashed } = result;
    return Response.json(trashed);
  } catch (error) {
    return errorResponse(error);
  }
}

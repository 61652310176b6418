// cli show <id> [--json]: the same shape as GET /api/documents/:id, or a readable listing.
import { parseArgs } from "node:util";
import { getDocument } from "@/lib/documents/get-document";
import type { EngineNote } from "@/lib/documents/types";
import { AppError } from "@/lib/errors";

// The terminal reads English; the reason behind each note is in the worker's log.
const ENGINE_NOTE_TEXT: Record<EngineNote, string> = {
  draft_configured: "offline draft engine, chosen by configuration (TRANSLATION_ENGINE=draft)",
  model_unavailable: "the neural model is not available; these are offline drafts (see the worker log; npm run model:download)",
  model_waiting: "the neural model is not available; sentences wait until it loads (see the worker log)",
  translation_failed: "translation kept failing and stopped (see the worker log)",
};

export async function runShow(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  const id = positionals[0];
  if (!id) throw new AppError("invalid-input", "show needs a document id");
  const document = await getDocument(id);
  if (!document) throw new AppError("not-found", `No document with id ${id}`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  }
  const { translated, total } = document.progress;
  process.stdout.write(`${document.title}\n${document.status} · ${translated}/${total} translated · ${document.engine ?? "no engine yet"}\n`);
  if (document.engineNote) process.stdout.write(`note: ${ENGINE_NOTE_TEXT[document.engineNote]}\n`);
  for (const paragraph of document.paragraphs) {
    process.stdout.write("\n");
    for (const s of paragraph.segments) process.stdout.write(`  id  ${s.source}\n  en  ${s.target ?? "…"}\n`);
  }
  return 0;
}

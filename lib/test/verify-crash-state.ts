// What must hold in the database after any number of kill -9s and one clean restart:
// the file is intact, every document is whole, every sentence was machine-written
// exactly once, and every acknowledged human edit survived, in the data and in the change log. Returns the problems found
// (empty when all is well) so the harness can print them all, not just the first.
import Database from "better-sqlite3";
import { prepareArticle } from "@/lib/ingest/prepare-article";

/** An edit whose transaction committed: the equivalent of a 200 from PATCH /api/segments/:id. */
export type AcknowledgedEdit = { segmentId: string; target: string; version: number };

export type CrashCheck = { documents: number; segments: number; edits: number; problems: string[] };

type DocumentRow = { id: string; rawText: string; status: string };
type SegmentRow = { id: string; documentId: string; position: number; status: string; target: string | null; version: number; machine: number; memory: number; human: number };

export function verifyCrashState(file: string, edits: readonly AcknowledgedEdit[], options: { finished: boolean }): CrashCheck {
  const handle = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    const problems: string[] = [];
    const integrity = handle.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const documents = handle.prepare("SELECT id, rawText, status FROM Document").all() as DocumentRow[];
    const segments = handle
      .prepare(
        `SELECT s.id, s.documentId, s.position, s.status, s.target, s.version,
           (SELECT count(*) FROM "Change" c WHERE c."segmentId" = s.id AND c."action" = 'machine') AS machine,
           (SELECT count(*) FROM "Change" c WHERE c."segmentId" = s.id AND c."action" = 'memory') AS memory,
           (SELECT count(*) FROM "Change" c WHERE c."segmentId" = s.id AND c."actorKind" = 'person') AS human
         FROM Segment s ORDER BY s.documentId, s.position`,
      )
      .all() as SegmentRow[];
    const byDocument = new Map<string, SegmentRow[]>();
    for (const segment of segments) {
      const list = byDocument.get(segment.documentId);
      if (list) list.push(segment);
      else byDocument.set(segment.documentId, [segment]);
    }
    for (const document of documents) checkDocument(document, byDocument.get(document.id) ?? [], options.finished, problems);
    checkEdits(new Map(segments.map((s) => [s.id, s])), edits, problems);
    checkEditsLogged(handle, edits, problems);
    return { documents: documents.length, segments: segments.length, edits: edits.length, problems };
  } finally {
    handle.close();
  }
}

function checkDocument(document: DocumentRow, segments: readonly SegmentRow[], finished: boolean, problems: string[]): void {
  const expected = prepareArticle({ text: document.rawText }).segments.length;
  if (segments.length !== expected) problems.push(`document ${document.id}: ${segments.length} segments, prepareArticle gives ${expected}`);
  segments.forEach((s, i) => {
    if (s.position !== i) problems.push(`document ${document.id}: position ${s.position} where ${i} was expected`);
    // A sentence is filled once, by the worker or by translation memory at ingest, and
    // only while it is pending at the version read; each fill leaves one change-log row.
    const fills = s.machine + s.memory;
    if (s.machine > 1) problems.push(`segment ${s.id}: machine-written ${s.machine} times`);
    if (s.status !== "pending" && fills !== 1) problems.push(`segment ${s.id}: ${s.status} with ${s.machine} machine and ${s.memory} memory changes`);
    if (s.status === "pending" && fills !== 0) problems.push(`segment ${s.id}: pending but has a machine or memory change`);
    if (finished && s.status === "pending") problems.push(`segment ${s.id}: still pending after the worker finished`);
  });
  if (finished && document.status !== "ready") problems.push(`document ${document.id}: status ${document.status} after the worker finished`);
}

/** Every acknowledged edit, not just the latest, has its row in the change log. */
function checkEditsLogged(handle: Database.Database, edits: readonly AcknowledgedEdit[], problems: string[]): void {
  const rows = handle.prepare(`SELECT "segmentId", "newTarget", version FROM "Change" WHERE "actorKind" = 'person'`).all() as { segmentId: string; newTarget: string | null; version: number }[];
  const logged = new Set(rows.map((r) => `${r.segmentId}\u0000${r.version}\u0000${r.newTarget}`));
  for (const edit of edits) {
    if (!logged.has(`${edit.segmentId}\u0000${edit.version}\u0000${edit.target}`)) problems.push(`edit of ${edit.segmentId} (v${edit.version}) is missing from the change log`);
  }
}

function checkEdits(segments: ReadonlyMap<string, SegmentRow>, edits: readonly AcknowledgedEdit[], problems: string[]): void {
  // Only the last acknowledged edit of a segment is expected to be visible.
  const latest = new Map<string, AcknowledgedEdit>();
  for (const edit of edits) if ((latest.get(edit.segmentId)?.version ?? -1) < edit.version) latest.set(edit.segmentId, edit);
  for (const edit of latest.values()) {
    const segment = segments.get(edit.segmentId);
    if (!segment) problems.push(`edit of ${edit.segmentId}: segment is gone`);
    else if (segment.target !== edit.target || segment.status !== "edited" || segment.version < edit.version) {
      problems.push(`edit of ${edit.segmentId}: expected “${edit.target}” (edited, v${edit.version}), found “${segment.target}” (${segment.status}, v${segment.version})`);
    }
  }
}

// Model-based test of the change log: random sequences of edits, approvals, reverts,
// splits, merges, restored lines, propagation and retranslation over a real article,
// with the log's invariants checked after every step (lib/test/change-log-invariants.ts).
// Bounded (runs × steps) so it stays a CI test; CI replays one seed (setup-fast-check.ts).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { LOG_COMMANDS, drainWorker, type LogReal } from "@/lib/test/change-log-commands";
import { checkInvariants, type LogModel } from "@/lib/test/change-log-invariants";

// A news article with boilerplate lines and a repeated paragraph, so restore-line and
// propagation have real work.
const ARTICLE = fs.readFileSync(path.join(import.meta.dirname, "../text/fixtures/festival-kuliner.txt"), "utf8");

async function setup(): Promise<{ model: LogModel; real: LogReal }> {
  await db.document.deleteMany();
  await db.change.deleteMany();
  await db.glossaryEntry.deleteMany();
  const { id } = await ingestDocument({ text: ARTICLE });
  const segments = await db.segment.findMany({ where: { documentId: id }, select: { id: true, source: true } });
  const model: LogModel = { documentId: id, ingested: new Map(segments.map((s) => [s.id, s.source])), saved: [], seen: new Set() };
  await drainWorker();
  await checkInvariants(model);
  return { model, real: {} };
}

describe("the change log under random editing", () => {
  it("keeps every saved text, replays to the current state and never loses a row", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(LOG_COMMANDS, { maxCommands: 20 }), (commands) => fc.asyncModelRun(setup, commands)),
      { numRuns: 30 },
    );
  });
});

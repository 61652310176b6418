// The engine-note migration turns stored English sentences (some naming server paths)
// into the EngineNote codes, applied on top of every earlier migration.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = "20261201110000_engine_note_codes";

function applyMigrations(handle: Database.Database, upTo: (name: string) => boolean): void {
  const names = fs.readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const name of names.filter(upTo)) handle.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}

describe(TARGET, () => {
  it.each([
    { note: "Draft engine selected by configuration (TRANSLATION_ENGINE=draft).", status: "ready", code: "draft_configured" },
    { note: "Neural model unavailable (no local files in /srv/selaras/models). These are offline draft translations; …", status: "ready", code: "model_unavailable" },
    { note: "Neural model unavailable: load timed out. Sentences wait until it loads.", status: "translating", code: "model_waiting" },
    { note: "Translation failed: ENOENT /srv/selaras/models/x.onnx", status: "failed", code: "translation_failed" },
    { note: "something older", status: "failed", code: "translation_failed" },
    { note: "something older", status: "ready", code: null },
    { note: null, status: "ready", code: null },
  ])("$note → $code", ({ note, status, code }) => {
    const handle = new Database(":memory:");
    try {
      applyMigrations(handle, (name) => name < TARGET);
      handle
        .prepare(`INSERT INTO "Document" (id, title, rawText, contentHash, status, engineNote, updatedAt) VALUES ('d', 't', 'r', 'h', ?, ?, CURRENT_TIMESTAMP)`)
        .run(status, note);
      applyMigrations(handle, (name) => name === TARGET);
      expect(handle.prepare<[], { engineNote: string | null }>(`SELECT engineNote FROM "Document"`).get()?.engineNote).toBe(code);
    } finally {
      handle.close();
    }
  });
});

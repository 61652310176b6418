// Gives every test file its own throwaway SQLite database, copied from the migrated
// template, before any module opens a connection.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

const dir = process.env.SELARAS_TEST_DIR;
if (!dir) throw new Error("SELARAS_TEST_DIR is not set: run tests through vitest (lib/test/global-setup.ts)");
const file = path.join(dir, `${randomUUID()}.db`);
fs.copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SEED_DEMO = "false";
process.env.WORKER_ENABLED = "false";
process.env.TRANSLATION_ENGINE ??= "draft";

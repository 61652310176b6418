// Gives every test file its own throwaway SQLite database, copied from the migrated
// template, before any module opens a connection.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

const template = path.resolve(".tmp/test/template.db");
const file = path.resolve(`.tmp/test/${randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SEED_DEMO = "false";
process.env.WORKER_ENABLED = "false";
process.env.TRANSLATION_ENGINE ??= "draft";

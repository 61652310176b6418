// Builds one template database per test run from the committed migrations; each test
// file copies it (setup-db.ts). Each run has its own folder, so overlapping runs never
// delete each other's databases. The SQL is applied directly (no Prisma CLI process):
// it is the same SQL `prisma migrate deploy` runs, without its start-up cost.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve("prisma/migrations");

export default function setup(): () => void {
  const dir = path.resolve(".tmp/test", randomUUID());
  fs.mkdirSync(dir, { recursive: true });
  const template = new Database(path.join(dir, "template.db"));
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    template.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  template.pragma("journal_mode = DELETE");
  template.close();
  // Test workers are started after this and inherit the variable.
  process.env.SELARAS_TEST_DIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

// Migrates one template database for the whole run; each test file copies it
// (setup-db.ts) instead of running migrations again.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

export const TEMPLATE_DB = path.resolve(".tmp/test/template.db");

export default function setup(): () => void {
  const dir = path.dirname(TEMPLATE_DB);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
  });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

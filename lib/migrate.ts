import "server-only";
// Applies committed migrations with Prisma's own CLI (JS schema engine, offline), so the
// worker, the CLI and tests bring any database up to date before touching it.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

export function migrateDatabase(): void {
  const require = createRequire(import.meta.url);
  const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  try {
    execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { stdio: "pipe", env: process.env });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    const detail = `${output.stdout?.toString() ?? ""}${output.stderr?.toString() ?? ""}`.trim();
    throw new Error(`Database migration failed:\n${detail}`);
  }
}

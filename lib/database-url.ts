// Where the SQLite database lives. Shared by the Prisma CLI config, the app and the CLI,
// so every process opens the same file. DATABASE_URL overrides the embedded default.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/selaras.db";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The file path behind a `file:` URL, resolved against the working directory. */
export function databaseFile(url = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Only SQLite file: URLs are supported, got ${url}`);
  return path.resolve(url.slice("file:".length).replace(/\?.*$/, ""));
}

export function ensureDatabaseDir(url = databaseUrl()): void {
  fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
}

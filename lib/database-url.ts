// Which database a process uses, from DATABASE_URL: a `file:` URL is the embedded SQLite
// default, `postgresql://` or `postgres://` a PostgreSQL server shared by many machines.
// Shared by the Prisma CLI config, the app, the worker and the CLI, so they all agree.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/selaras.db";

export type Provider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The provider behind a URL; anything unrecognised is refused with what would work. */
export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) {
    if (url.slice("file:".length).replace(/\?.*$/, "") === "") throw badUrl(url, "the file: URL names no file");
    return "sqlite";
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badUrl(url, "it is not a valid URL");
    }
    if (!parsed.hostname && !parsed.searchParams.get("host")) throw badUrl(url, "it names no server");
    if (parsed.pathname.replace(/^\//, "") === "") throw badUrl(url, "it names no database (add /selaras)");
    return "postgresql";
  }
  throw badUrl(url, "only file: (SQLite) and postgresql:// URLs are supported");
}

/** The provider this process runs on, for the dialect boundary (lib/db/queries/<provider>/). */
export function provider(): Provider {
  return providerOf(databaseUrl());
}

/** The file path behind a `file:` URL, resolved against the working directory. */
export function databaseFile(url = databaseUrl()): string {
  if (providerOf(url) !== "sqlite") throw new Error("This step reads the SQLite file directly and has no PostgreSQL path yet");
  return path.resolve(url.slice("file:".length).replace(/\?.*$/, ""));
}

export function ensureDatabaseDir(url = databaseUrl()): void {
  fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
}

/** The URL with its password replaced, for messages and logs. */
export function redactedUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

function badUrl(url: string, why: string): DatabaseUrlError {
  return new DatabaseUrlError(
    `DATABASE_URL is not usable: ${why}. Got "${redactedUrl(url)}"; use file:./data/selaras.db (SQLite, the default) or postgresql://user:password@host:5432/selaras.`,
  );
}

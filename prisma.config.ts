// Prisma CLI configuration. The JS schema engine talks to SQLite through the same
// better-sqlite3 adapter the app uses, so migrate/generate work fully offline.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureDatabaseDir } from "./lib/database-url";

// schema.prisma reads env("DATABASE_URL"); give it the embedded default so a fresh
// clone needs no .env file (without it Prisma falls back to downloading an engine).
process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = databaseUrl();
    ensureDatabaseDir(url);
    return new PrismaBetterSQLite3({ url });
  },
});

// Prisma CLI configuration. DATABASE_URL's scheme picks the provider: the SQLite schema and
// migrations (prisma/) for file:, the generated PostgreSQL ones (prisma/postgres/) for
// postgresql://. The JS schema engine talks to the database through the same driver
// adapter the app uses, so migrate and generate work fully offline.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { MigrationPgAdapter } from "./lib/postgres/migration-adapter";
import { databaseUrl, ensureDatabaseDir, providerOf } from "./lib/database-url";

// schema.prisma reads env("DATABASE_URL"); give it the embedded default so a fresh
// clone needs no .env file (without it Prisma falls back to downloading an engine).
process.env.DATABASE_URL = databaseUrl();
const postgres = providerOf(databaseUrl()) === "postgresql";
const folder = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    const url = databaseUrl();
    // Idle pooled connections must not keep the CLI alive for pg's 10 s idle timeout.
    if (postgres) return new MigrationPgAdapter({ connectionString: url, idleTimeoutMillis: 50 });
    ensureDatabaseDir(url);
    return new PrismaBetterSQLite3({ url });
  },
});

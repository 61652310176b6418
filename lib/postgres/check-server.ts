// Before migrating PostgreSQL: reach the server, find the database, and make sure the
// extensions the schema needs exist or may be created, each failure as one plain sentence
// that says what to do (never a driver stack trace). Also what lib/migrate.ts reads the
// applied migrations through.
import pg from "pg";
import { redactedUrl } from "@/lib/database-url";

export const REQUIRED_EXTENSIONS = ["unaccent", "pg_trgm"] as const;

/** A database that cannot be used as configured; the message is for the person starting it. */
export class DatabaseSetupError extends Error {
  override name = "DatabaseSetupError";
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"]);

type Target = { host: string; port: string; database: string; user: string };

function targetOf(url: string): Target {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || parsed.searchParams.get("host") || "localhost",
    port: parsed.port || "5432",
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || "postgres",
  };
}

/** An open client on the configured database, or a DatabaseSetupError saying why not. */
export async function connectChecked(url: string, timeoutMs = 5_000): Promise<pg.Client> {
  const target = targetOf(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server that goes away later must not crash the process through an unhandled event.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw explainConnectError(error, target, url);
  }
}

function explainConnectError(error: unknown, target: Target, url: string): DatabaseSetupError {
  const { code, message } = error as { code?: string; message?: string };
  const where = `${target.host}:${target.port}`;
  if (code === "3D000") {
    return new DatabaseSetupError(
      `The PostgreSQL database "${target.database}" does not exist on ${where}. Create it first: createdb -h ${target.host} -p ${target.port} -U ${target.user} ${target.database}`,
    );
  }
  if (code === "28P01" || code === "28000") {
    return new DatabaseSetupError(`PostgreSQL at ${where} refused user "${target.user}": ${message ?? code}. Check the user and password in DATABASE_URL.`);
  }
  if ((code && UNREACHABLE.has(code)) || /timeout|terminated/i.test(message ?? "")) {
    return new DatabaseSetupError(
      `Cannot reach the PostgreSQL server at ${where} (${code ?? message}). Is it running and does DATABASE_URL (${redactedUrl(url)}) name the right host and port?`,
    );
  }
  return new DatabaseSetupError(`Cannot open the PostgreSQL database ${redactedUrl(url)}: ${message ?? String(error)}`);
}

/** Refuses, before any migration runs, when an extension is missing and may not be created. */
export async function checkExtensions(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string; available: boolean; installed: boolean }>(
    `SELECT e.name, a.name IS NOT NULL AS available, x.extname IS NOT NULL AS installed
       FROM unnest($1::text[]) WITH ORDINALITY AS e(name, place)
       LEFT JOIN pg_available_extensions a ON a.name = e.name
       LEFT JOIN pg_extension x ON x.extname = e.name
      ORDER BY e.place`,
    [[...REQUIRED_EXTENSIONS]],
  );
  const missing = rows.filter((row) => !row.installed);
  if (missing.length === 0) return;
  const unavailable = missing.filter((row) => !row.available).map((row) => row.name);
  if (unavailable.length > 0) {
    throw new DatabaseSetupError(
      `This PostgreSQL server has no ${unavailable.join(" or ")} extension. Install the server's contrib modules (Debian: apt-get install postgresql-contrib; included in the postgresql package from version 10).`,
    );
  }
  const { rows: [privilege] } = await client.query<{ database: string; user: string; allowed: boolean }>(
    `SELECT current_database() AS database, current_user AS user,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR has_database_privilege(current_database(), 'CREATE') AS allowed`,
  );
  if (privilege?.allowed) return;
  const names = missing.map((row) => row.name);
  throw new DatabaseSetupError(
    `User "${privilege?.user}" may not create the ${names.join(" and ")} extension${names.length > 1 ? "s" : ""} in database "${privilege?.database}". ` +
      `Ask a superuser to run: psql -d ${privilege?.database} -c '${names.map((name) => `CREATE EXTENSION IF NOT EXISTS ${name};`).join(" ")}' ` +
      `(or GRANT CREATE ON DATABASE ${privilege?.database} TO ${privilege?.user}), then migrate again.`,
  );
}

/** Names of the migrations Prisma recorded as finished (none on a database never migrated). */
export async function appliedMigrations(client: pg.Client): Promise<Set<string>> {
  const { rows: [table] } = await client.query<{ found: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS found`);
  if (!table?.found) return new Set();
  const { rows } = await client.query<{ name: string }>(
    `SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  );
  return new Set(rows.map((row) => row.name));
}

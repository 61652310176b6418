import "server-only";
// The PostgreSQL client: the PostgreSQL-generated client through @prisma/adapter-pg and a
// connection pool, on the same JS engine as SQLite (nothing downloads an engine binary).
//
// The rest of the app is typed against the SQLite client. The two are generated from one
// schema (scripts/postgres-schema.ts), so their models, fields and enums are the same;
// TypeScript cannot prove two generated generic APIs equal, hence the one cast below.
// lib/db/client-types.test.ts checks the row and enum types match, so the cast stays honest.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { env } from "@/lib/env";
import { SerializedPgAdapter } from "@/lib/postgres/serialized-adapter";
import { WRITE_LOCK_WAIT_MS } from "@/lib/postgres/write-lock";

export { WRITE_LOCK_WAIT_MS };

export function createPostgresClient(url: string, lockWaitMs = WRITE_LOCK_WAIT_MS): PrismaClient {
  const adapter = new SerializedPgAdapter(
    { connectionString: url, max: env().DATABASE_POOL_SIZE },
    {
      lockWaitMs,
      // An idle connection the server dropped (a restart, a failover) is replaced by the
      // pool; without a listener the error would end the process.
      onPoolError: (error) => console.warn(`[selaras] PostgreSQL connection lost: ${error.message}`),
    },
  );
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}

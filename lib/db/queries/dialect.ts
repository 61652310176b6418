import "server-only";
// The one place that picks the raw-SQL implementation: by DATABASE_URL's scheme, as the
// Prisma client is picked (lib/db.ts), so the two always agree, also in a test that
// switches provider between blocks.
import { provider } from "@/lib/database-url";
import { sqliteDialect } from "./sqlite";
import { postgresDialect } from "./postgres";
import type { Dialect } from "./types";

export type * from "./types";

export function dialect(): Dialect {
  return provider() === "sqlite" ? sqliteDialect : postgresDialect;
}

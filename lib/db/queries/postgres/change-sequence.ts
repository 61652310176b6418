import "server-only";
// The change sequence (CorpusVersion row 2, raised by the triggers of the first PostgreSQL
// migration on every change the reader shows). Read it BEFORE reading segments: a change
// committed in between is then sent twice, harmlessly, instead of never.
import { db } from "@/lib/db";

export async function readChangeSequence(): Promise<number> {
  const rows = await db.$queryRaw<{ version: number }[]>`SELECT "version" AS "version" FROM "CorpusVersion" WHERE "id" = 2`;
  return Number(rows[0]?.version ?? 0);
}

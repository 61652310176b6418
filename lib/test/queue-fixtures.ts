// Queue state for tests that run on both providers: on PostgreSQL the engine's jobs live
// beside the tasks, and a test starts with neither (deleting documents clears the tasks).
import { db } from "@/lib/db";
import type { Provider } from "@/lib/database-url";

export async function clearQueue(provider: Provider): Promise<void> {
  if (provider === "postgresql") await db.$executeRawUnsafe(`DELETE FROM pgboss.job`);
}

/** Tasks a worker holds right now, whichever provider keeps the claim. */
export async function heldTaskCount(provider: Provider): Promise<number> {
  if (provider === "sqlite") return db.translationTask.count({ where: { claimedBy: { not: null }, claimedUntil: { gt: new Date() } } });
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name IN ('translate', 'redraft', 'compare') AND state = 'active' AND started_on + expire_in > now()`,
  );
  return Number(row?.n ?? 0);
}

import "server-only";
// One pg-boss per database URL and process. Constructing it opens nothing: a web node
// only ever hands it the Prisma transaction it is in (enqueue inside the ingest
// transaction), so it never opens a pool of its own. A worker starts it, which opens a
// small pool for fetching and runs pg-boss's maintenance (expiring the jobs of workers
// that died, archiving finished ones), coordinated between all workers by pg-boss itself.
// The schema is installed by the migrations (db:migrate), never at start.
import PgBoss from "pg-boss";
import { onDisconnect, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

type Entry = { boss: PgBoss; started?: Promise<PgBoss> };

const globalForBoss = globalThis as unknown as { selarasBosses?: Map<string, Entry> };
const bosses = (globalForBoss.selarasBosses ??= new Map<string, Entry>());

/** Connections pg-boss keeps in a worker, beside Prisma's pool: fetches are single statements. */
const BOSS_POOL_SIZE = 2;

/** How often maintenance may run: often enough that a dead worker's jobs return soon after its lease. */
export function maintenanceIntervalSeconds(leaseMs: number): number {
  return Math.max(1, Math.min(60, Math.round(leaseMs / 2_000)));
}

function entryFor(url: string): Entry {
  let entry = bosses.get(url);
  if (!entry) {
    const boss = new PgBoss({
      connectionString: url,
      max: BOSS_POOL_SIZE,
      application_name: "selaras-queue",
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: maintenanceIntervalSeconds(env().TRANSLATION_LEASE_MS),
      // Finished jobs are only bookkeeping (the ledger and the change log keep what matters).
      archiveCompletedAfterSeconds: 3_600,
    });
    // Without a listener an "error" event would end the process; maintenance retries by itself.
    boss.on("error", (error) => console.warn(`[queue] pg-boss: ${error.message}`));
    entry = { boss };
    bosses.set(url, entry);
  }
  return entry;
}

/** For calls that run on a given connection (a transaction); opens nothing. */
export function bossOf(url: string): PgBoss {
  return entryFor(url).boss;
}

/** For fetching and maintenance: started once per process. */
export function startedBoss(url: string): Promise<PgBoss> {
  const entry = entryFor(url);
  entry.started ??= entry.boss.start().catch((error: unknown) => {
    entry.started = undefined;
    throw error;
  });
  return entry.started;
}

onDisconnect((url) => stopBoss(url));

export async function stopBoss(url: string): Promise<void> {
  const entry = bosses.get(url);
  bosses.delete(url);
  if (entry?.started) await entry.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
}

/** pg-boss's per-call connection, on a Prisma transaction, so its writes commit or roll back with it. */
export function inTransaction(tx: Tx): { db: PgBoss.Db } {
  return {
    db: {
      async executeSql(text, values) {
        return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) };
      },
    },
  };
}

/**
 * complete() and fail() with several ids and a connection: pg-boss 10 takes
 * (name, ids, data, options) at run time, which its type declarations only allow for one id.
 */
export type JobCalls = {
  complete(name: string, ids: string[], data: object | null, options?: { db: PgBoss.Db }): Promise<{ affected: number }>;
  fail(name: string, ids: string[], data: object | null, options?: { db: PgBoss.Db }): Promise<{ affected: number }>;
};

export function jobCalls(boss: PgBoss): JobCalls {
  return boss as unknown as JobCalls;
}

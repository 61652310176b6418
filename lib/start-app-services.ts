import "server-only";
// What the web server starts beside itself on the embedded default: the sample
// articles on first run, the daily purge of the trash, and the translation worker.
import { env } from "@/lib/env";
import { seedSamples } from "@/lib/documents/seed-samples";
import { scheduleTrashPurge } from "@/lib/documents/schedule-trash-purge";
import { startWorker, type WorkerHandle } from "@/lib/jobs/translation-worker";

const globalForServices = globalThis as unknown as { selarasServices?: Promise<WorkerHandle | null> };

export function startAppServices(): Promise<WorkerHandle | null> {
  globalForServices.selarasServices ??= start();
  return globalForServices.selarasServices;
}

async function start(): Promise<WorkerHandle | null> {
  const config = env();
  if (config.SEED_DEMO) {
    await seedSamples((line) => console.log(`[selaras] ${line}`)).catch((error: unknown) => {
      console.error("[selaras] could not add the sample articles:", error);
    });
  }
  scheduleTrashPurge((line) => console.log(`[selaras] ${line}`));
  if (!config.WORKER_ENABLED) return null;
  // No signal handlers: every batch is one transaction, so being killed mid-batch
  // loses nothing and the next start resumes at the first pending sentence.
  return startWorker();
}

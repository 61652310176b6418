import "server-only";
// What the web server does beside serving on the embedded default: add the sample
// articles on first run and purge the trash daily. Translation is owed to the queue,
// and the worker process (never this one) picks it up.
import { env } from "@/lib/env";
import { seedSamples } from "@/lib/documents/seed-samples";
import { scheduleTrashPurge } from "@/lib/documents/schedule-trash-purge";

const globalForServices = globalThis as unknown as { selarasServices?: Promise<void> };

export function startAppServices(): Promise<void> {
  globalForServices.selarasServices ??= start();
  return globalForServices.selarasServices;
}

async function start(): Promise<void> {
  scheduleTrashPurge((line) => console.log(`[selaras] ${line}`));
  if (!env().SEED_DEMO) return;
  await seedSamples((line) => console.log(`[selaras] ${line}`)).catch((error: unknown) => {
    console.error("[selaras] could not add the sample articles:", error);
  });
}

import "server-only";
// What the web server does beside serving on the embedded default: add the sample
// articles on first run, purge the trash daily and fail memory imports a restart cut off. Translation is owed to the queue,
// and the worker process (never this one) picks it up.
import { env } from "@/lib/env";
import { seedSamples } from "@/lib/documents/seed-samples";
import { scheduleTrashPurge } from "@/lib/documents/schedule-trash-purge";
import { forgetInterruptedImports } from "@/lib/memory/memory-import-queue";

const globalForServices = globalThis as unknown as { selarasServices?: Promise<void> };

export function startAppServices(): Promise<void> {
  globalForServices.selarasServices ??= start();
  return globalForServices.selarasServices;
}

async function start(): Promise<void> {
  scheduleTrashPurge((line) => console.log(`[selaras] ${line}`));
  // Memory imports queued before a restart cannot run: their uploads were this process's.
  void forgetInterruptedImports().then(
    (count) => count > 0 && console.log(`[selaras] ${count} memory import(s) queued before the restart failed as interrupted`),
    (error: unknown) => console.error("[selaras] could not tidy interrupted memory imports:", error),
  );
  if (!env().SEED_DEMO) return;
  await seedSamples((line) => console.log(`[selaras] ${line}`)).catch((error: unknown) => {
    console.error("[selaras] could not add the sample articles:", error);
  });
}

// cli worker: the translation worker on its own (for example beside `next start` with WORKER_ENABLED=false).
import { startWorker } from "@/lib/jobs/translation-worker";
import { scheduleTrashPurge } from "@/lib/documents/schedule-trash-purge";

export async function runWorker(): Promise<number> {
  const stopPurge = scheduleTrashPurge((line) => console.log(`[worker] ${line}`));
  const worker = startWorker();
  console.log("[worker] running; Ctrl+C to stop");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  stopPurge();
  await worker.stop();
  return 0;
}

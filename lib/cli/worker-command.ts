// cli worker: the translation worker process. `npm start` runs it beside the web server
// (lib/cli/start.ts); more of them may run on other machines against the same database.
import { startWorker } from "@/lib/jobs/translation-worker";
import { scheduleTrashPurge } from "@/lib/documents/schedule-trash-purge";

export async function runWorker(): Promise<number> {
  const stopPurge = scheduleTrashPurge((line) => console.log(`[worker] ${line}`));
  const worker = startWorker();
  console.log("[worker] running; Ctrl+C to stop");
  // The supervisor forwards signals the terminal also sends to the whole group: a
  // second SIGTERM must not kill a worker that is already stopping.
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => resolve());
  });
  stopPurge();
  await worker.stop();
  return 0;
}

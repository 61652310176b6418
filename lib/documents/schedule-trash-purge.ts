import "server-only";
// Purges documents that have been in the trash longer than TRASH_DAYS: once at start-up
// (the web server's and the standalone worker's) and then daily. The timer is unref'd so
// it never keeps a process alive, and a failed run only logs: the next one retries.
import { purgeExpiredTrash } from "./purge-document";

const DAY_MS = 24 * 60 * 60 * 1000;

export function scheduleTrashPurge(log: (line: string) => void = () => {}): () => void {
  const run = () =>
    purgeExpiredTrash(new Date()).then(
      (ids) => {
        if (ids.length > 0) log(`purged ${ids.length} document(s) from the trash after their 30 days`);
      },
      (error: unknown) => console.error("[selaras] could not purge the trash:", error),
    );
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

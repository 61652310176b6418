// Wake-ups for the translation worker, across processes: whoever owes new work (the
// web process on ingest, the CLI) writes the wake file beside the database, and the
// worker watches it (inotify on Linux), so translation starts at once. A worker in the
// same process also hears an in-process event. Polling stays as a slow fallback only,
// for file systems where watching does not work.
import fs from "node:fs";
import { EventEmitter } from "node:events";
import { databaseFile, provider } from "@/lib/database-url";

const globalForSignal = globalThis as unknown as { selarasWorkerSignal?: EventEmitter; selarasWakeWarned?: boolean };
const signal = (globalForSignal.selarasWorkerSignal ??= new EventEmitter());

/** Scoped to the database: workers of another database (a test's) are not woken. */
export function wakeFile(): string {
  return `${databaseFile()}.wake`;
}

export function wakeWorker(): void {
  signal.emit("wake");
  // PostgreSQL has no file beside the database; until its queue wakes workers on every
  // machine, a worker elsewhere finds the work at its next poll.
  if (provider() !== "sqlite") return;
  try {
    fs.writeFileSync(wakeFile(), `${Date.now()}\n`);
  } catch (error) {
    // The worker still finds the work at its next poll; say so once, not per request.
    if (!globalForSignal.selarasWakeWarned) console.warn("[selaras] could not write the worker wake file:", error);
    globalForSignal.selarasWakeWarned = true;
  }
}

export function onWake(listener: () => void): () => void {
  signal.on("wake", listener);
  let watcher: fs.FSWatcher | null = null;
  let closed = false;
  const arm = () => {
    watcher?.close();
    watcher = closed ? null : watchWakeFile(listener, arm);
  };
  arm();
  return () => {
    closed = true;
    signal.off("wake", listener);
    watcher?.close();
  };
}

/** A wake file that was deleted or replaced is watched afresh (inotify follows the old file). */
function watchWakeFile(listener: () => void, rearm: () => void): fs.FSWatcher | null {
  if (provider() !== "sqlite") return null;
  const file = wakeFile();
  try {
    if (!fs.existsSync(file)) fs.writeFileSync(file, "");
    const watcher = fs.watch(file, { persistent: false }, (event) => {
      listener();
      if (event === "rename") setTimeout(rearm, 100).unref();
    });
    watcher.on("error", () => watcher.close());
    return watcher;
  } catch (error) {
    console.warn(`[worker] cannot watch ${file}; falling back to polling:`, error);
    return null;
  }
}

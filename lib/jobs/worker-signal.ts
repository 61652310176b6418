// Wake-ups for the translation worker, across processes: whoever owes new work (the
// web process on ingest, the CLI) writes the wake file beside the database, and the
// worker watches it (inotify on Linux), so translation starts at once. On PostgreSQL,
// where workers may be on other machines, the same goes through NOTIFY/LISTEN
// (postgres-wake.ts). A worker in the same process also hears an in-process event.
// Polling stays as a slow fallback only, for when neither works.
import fs from "node:fs";
import { EventEmitter } from "node:events";
import { db } from "@/lib/db";
import { databaseFile, databaseUrl, provider } from "@/lib/database-url";
import { WAKE_CHANNEL, listenForWake } from "./postgres-wake";

const globalForSignal = globalThis as unknown as { selarasWorkerSignal?: EventEmitter; selarasWakeWarned?: boolean };
const signal = (globalForSignal.selarasWorkerSignal ??= new EventEmitter());

/** Scoped to the database: workers of another database (a test's) are not woken. */
export function wakeFile(): string {
  return `${databaseFile()}.wake`;
}

export function wakeWorker(): void {
  signal.emit("wake");
  // Work owed through the queue already sent its NOTIFY at commit; this one is for the
  // rest (a long article's staged linking, which the worker does before translating).
  if (provider() === "postgresql") {
    void notifyWorkers().catch((error: unknown) => warnOnce("could not notify the translation workers:", error));
    return;
  }
  try {
    fs.writeFileSync(wakeFile(), `${Date.now()}\n`);
  } catch (error) {
    warnOnce("could not write the worker wake file:", error);
  }
}

/** The worker still finds the work at its next poll; say so once, not per request. */
function warnOnce(message: string, error: unknown): void {
  if (!globalForSignal.selarasWakeWarned) console.warn(`[selaras] ${message}`, error);
  globalForSignal.selarasWakeWarned = true;
}

async function notifyWorkers(): Promise<void> {
  await db.$executeRawUnsafe(`SELECT pg_notify('${WAKE_CHANNEL}', '')`);
}

export function onWake(listener: () => void): () => void {
  signal.on("wake", listener);
  if (provider() === "postgresql") {
    const unlisten = listenForWake(databaseUrl(), listener);
    return () => {
      signal.off("wake", listener);
      unlisten();
    };
  }
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

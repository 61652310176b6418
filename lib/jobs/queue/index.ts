import "server-only";
// The translation queue of this deployment, chosen by DATABASE_URL like the client
// (lib/db.ts): leases on TranslationTask rows on SQLite, pg-boss on PostgreSQL.
import { provider, type Provider } from "@/lib/database-url";
import { createSqliteTranslationQueue } from "./sqlite-translation-queue";
import { createPostgresTranslationQueue } from "./postgres-translation-queue";
import type { TranslationQueue } from "./translation-queue";

export type { TranslationQueue, TranslationWork, TranslationFailure, OwedWork } from "./translation-queue";

const globalForQueue = globalThis as unknown as { selarasTranslationQueues?: Map<Provider, TranslationQueue> };
const queues = (globalForQueue.selarasTranslationQueues ??= new Map<Provider, TranslationQueue>());

export function translationQueue(): TranslationQueue {
  const current = provider();
  let queue = queues.get(current);
  if (!queue) {
    queue = current === "sqlite" ? createSqliteTranslationQueue() : createPostgresTranslationQueue();
    queues.set(current, queue);
  }
  return queue;
}

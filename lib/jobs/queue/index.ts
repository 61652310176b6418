import "server-only";
// The translation queue of this deployment. SQLite is the only database today; the
// PostgreSQL provider will be chosen here from DATABASE_URL.
import { createSqliteTranslationQueue } from "./sqlite-translation-queue";
import type { TranslationQueue } from "./translation-queue";

export type { TranslationQueue, TranslationWork, TranslationFailure, OwedWork } from "./translation-queue";

const globalForQueue = globalThis as unknown as { selarasTranslationQueue?: TranslationQueue };

export function translationQueue(): TranslationQueue {
  return (globalForQueue.selarasTranslationQueue ??= createSqliteTranslationQueue());
}

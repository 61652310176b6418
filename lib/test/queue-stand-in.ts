// Ingest owes its sentences' translation to the queue, whose PostgreSQL provider is another
// part of issue 16. Until it lands, tests of what ingest itself writes (memory fills, glossary
// links) give PostgreSQL this stand-in, which owes nothing; SQLite keeps its real queue.
// Use (the factory runs before the file's imports exist, hence the import inside):
//   vi.mock("@/lib/jobs/queue", async (actual) => (await import("@/lib/test/queue-stand-in")).queueWithPostgresStandIn(actual));
import type { TranslationQueue } from "@/lib/jobs/queue";

const nothingOwed: TranslationQueue = {
  enqueue: async () => 0,
  enqueueComparison: async () => 0,
  reconcile: async () => 0,
  claim: async () => ({ work: [], abandonedDocumentIds: [] }),
  extendLease: async () => undefined,
  complete: async () => undefined,
  release: async () => undefined,
  fail: async () => "lost",
  retry: async () => false,
  listFailures: async () => [],
  nextDueAt: async () => null,
};

export async function queueWithPostgresStandIn(actual: () => Promise<unknown>) {
  const real = (await actual()) as typeof import("@/lib/jobs/queue");
  const { provider } = await import("@/lib/database-url");
  return { ...real, translationQueue: () => (provider() === "sqlite" ? real.translationQueue() : nothingOwed) };
}

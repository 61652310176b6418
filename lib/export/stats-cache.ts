import "server-only";
// In-process LRU of export statistics keyed by (normalised filter, corpus version). The
// export page asks on every option change and counting a large corpus takes seconds;
// while nothing an export counts has changed, the answer is the same. A new version
// simply misses, and old entries age out of the small LRU.
import type { PairFilter } from "./export-options";

const MAX_ENTRIES = 64;

/**
 * The same choice of pairs always gives the same key: document order and repeats do not
 * matter. The database file is part of it, so a process never mixes two databases' answers.
 */
export function statsCacheKey(filter: PairFilter, version: number, database: string): string {
  const documentIds = filter.documentIds ? [...new Set(filter.documentIds)].sort() : null;
  return JSON.stringify([database, version, filter.status, filter.drafts, filter.dedupe, documentIds]);
}

export class StatsCache<T> {
  readonly #entries = new Map<string, T>();

  constructor(readonly capacity = MAX_ENTRIES) {}

  get(key: string): T | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}

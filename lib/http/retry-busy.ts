// Retries a request the server answered 503 (busy: SQLite's write lock was held past the
// wait), after the server's Retry-After. Browser-safe: the editor's saves use it, so a
// save during a long ingest lands by itself instead of showing an error.

export type BusyRetryOptions = {
  /** Tries in all, the first included. */
  attempts?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

const DEFAULTS = { attempts: 5, maxDelayMs: 10_000 };

export async function fetchRetryingBusy(send: () => Promise<Response>, options: BusyRetryOptions = {}): Promise<Response> {
  const attempts = options.attempts ?? DEFAULTS.attempts;
  const maxDelayMs = options.maxDelayMs ?? DEFAULTS.maxDelayMs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    if (response.status !== 503 || attempt >= attempts) return response;
    await response.body?.cancel().catch(() => undefined);
    await sleep(retryDelayMs(response.headers.get("retry-after"), attempt, maxDelayMs));
  }
}

/** Retry-After in seconds or as an HTTP date; without one, 1 s, 2 s, 4 s…; always capped. */
export function retryDelayMs(retryAfter: string | null, attempt: number, maxDelayMs = DEFAULTS.maxDelayMs, now = Date.now()): number {
  const value = retryAfter?.trim() ?? "";
  let delay = 1000 * 2 ** (attempt - 1);
  if (/^\d+$/.test(value)) delay = Number(value) * 1000;
  else if (value !== "" && Number.isFinite(Date.parse(value))) delay = Math.max(0, Date.parse(value) - now);
  return Math.min(delay, maxDelayMs);
}

// Failed sign-ins per account: after MAX_FAILURES wrong passwords for one e-mail within
// WINDOW_MS, that e-mail is refused (429) until the window has passed, whatever address
// the attempts come from. better-auth's rate limiter covers the per-address side. Kept
// in memory: a restart forgets, which only shortens a lock-out.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

type Entry = { failures: number[] };

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before trying this account again; 0 when allowed. */
  retryAfter(email: string): number {
    const recent = this.recent(email);
    if (recent.length < MAX_FAILURES) return 0;
    const oldest = recent[recent.length - MAX_FAILURES] ?? this.now();
    return Math.max(1, Math.ceil((oldest + WINDOW_MS - this.now()) / 1000));
  }

  recordFailure(email: string): void {
    const key = email.trim().toLowerCase();
    this.entries.set(key, { failures: [...this.recent(key), this.now()] });
    if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value as string);
  }

  recordSuccess(email: string): void {
    this.entries.delete(email.trim().toLowerCase());
  }

  private recent(email: string): number[] {
    const since = this.now() - WINDOW_MS;
    return (this.entries.get(email.trim().toLowerCase())?.failures ?? []).filter((t) => t > since);
  }
}

const globalForThrottle = globalThis as unknown as { selarasSignInThrottle?: SignInThrottle };
export const signInThrottle = (globalForThrottle.selarasSignInThrottle ??= new SignInThrottle());

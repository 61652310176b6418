// Preloaded into `prisma migrate deploy` on PostgreSQL (lib/migrate.ts). Prisma 6.19's wasm
// schema engine leaves a 10 s timeout guard pending after a PostgreSQL migration finishes, so
// the CLI sat idle for 10 s before exiting. Long timers are guards, never the work itself
// (sockets and queries keep the process alive while anything runs), so they may not hold
// the process open.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = Object.assign((callback, ms, ...args) => {
  const timer = setTimeoutOriginal(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5_000) timer.unref?.();
  return timer;
}, setTimeoutOriginal);

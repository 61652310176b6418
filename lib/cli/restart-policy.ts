// When the supervisor restarts a worker that died: at once the first time, then
// doubling up to half a minute, so a worker that crashes on start does not spin; a
// worker that ran a while before dying starts again from the shortest delay.
export const RESTART = { firstMs: 250, maxMs: 30_000, healthyAfterMs: 60_000 } as const;

export type RestartState = { crashes: number };

export function nextRestart(state: RestartState, ranMs: number): { delayMs: number; state: RestartState } {
  const crashes = ranMs >= RESTART.healthyAfterMs ? 1 : state.crashes + 1;
  const delayMs = Math.min(RESTART.maxMs, RESTART.firstMs * 2 ** (crashes - 1));
  return { delayMs, state: { crashes } };
}

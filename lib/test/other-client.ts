// "Another client" for the hostile-input tests: while some work runs, it keeps sending
// requests on a fixed schedule and records, for each, the time from when it was due to
// when its answer arrived. A blocked event loop shows up both as a late start and as a
// slow answer, exactly what a real second user would feel.
export type OtherClientReport = { requests: number; worstMs: number };

export async function timeAlongside<T>(
  work: () => Promise<T>,
  request: () => Promise<unknown>,
  everyMs = 50,
): Promise<{ result: T; other: OtherClientReport }> {
  const latencies: number[] = [];
  let running = true;
  const client = (async () => {
    let due = performance.now();
    while (running || latencies.length < 3) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      await request();
      latencies.push(performance.now() - due);
      due += everyMs;
      if (due < performance.now()) due = performance.now();
    }
  })();
  try {
    const result = await work();
    return { result, other: await finish() };
  } catch (error) {
    await finish();
    throw error;
  }

  async function finish(): Promise<OtherClientReport> {
    running = false;
    await client;
    return { requests: latencies.length, worstMs: Math.round(Math.max(...latencies)) };
  }
}

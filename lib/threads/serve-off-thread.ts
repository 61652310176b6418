// The worker-thread side of run-off-thread.ts: runs one job (sync or async) on the input
// it was started with, posts the result or the expected failure (an AppError keeps its code), and lets
// the thread exit, taking its heap with it.
import { parentPort, workerData } from "node:worker_threads";
import { isAppError } from "@/lib/errors";
import type { OffThreadAnswer } from "./off-thread-protocol";

export function serveOffThread<I, O>(job: (input: I) => O | Promise<O>, onRangeError?: string): void {
  void answerOf(job, onRangeError).then((answer) => parentPort?.postMessage(answer));
}

async function answerOf<I, O>(job: (input: I) => O | Promise<O>, onRangeError?: string): Promise<OffThreadAnswer<O>> {
  let answer: OffThreadAnswer<O>;
  try {
    answer = { ok: true, value: await job(workerData as I) };
  } catch (error) {
    if (isAppError(error)) answer = { ok: false, code: error.code, message: error.message, details: error.details };
    // A stack overflow on hostile nesting is the input's fault, not a crash.
    else if (error instanceof RangeError && onRangeError) answer = { ok: false, code: "too-complex", message: onRangeError };
    else answer = { ok: false, code: "crash", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  return answer;
}

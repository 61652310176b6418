// Worker-thread entry for parseHtml (see parse-html-off-thread.ts): parses the page it is
// given once, posts the result or the expected failure, and exits, taking its heap with it.
import { parentPort, workerData } from "node:worker_threads";
import { isAppError } from "@/lib/errors";
import { parseHtml } from "./parse-html";
import type { WorkerAnswer, WorkerInput } from "./parse-html-protocol";

const input = workerData as WorkerInput;
let answer: WorkerAnswer;
try {
  answer = { ok: true, page: parseHtml(input.html, input.pageUrl) };
} catch (error) {
  if (isAppError(error)) answer = { ok: false, code: error.code, message: error.message, details: error.details };
  else if (error instanceof RangeError) answer = { ok: false, code: "too-complex", message: "The page is too deeply nested to read." };
  else answer = { ok: false, code: "crash", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort?.postMessage(answer);

import "server-only";
// Cleaning and splitting grow with the text: a 2 MB single paragraph costs about 600 ms
// of synchronous work even with linear splitting, and a generator that pauses between
// paragraphs cannot pause inside one. Large texts are therefore prepared in a worker
// thread with a time budget; small ones (most news articles) stay in time slices on the
// request thread, where a worker's start-up would cost more than the work.
import { AppError } from "@/lib/errors";
import { PREPARE_BUDGET_MS, PREPARE_OFF_THREAD_CHARS } from "@/lib/limits";
import { runOffThread } from "@/lib/threads/run-off-thread";
import { prepareArticleInSlices, type PreparedArticle, type PrepareInput } from "./prepare-article";

export type PrepareOptions = { budgetMs?: number; offThreadChars?: number };

export function prepareArticleOffThread(input: PrepareInput, options: PrepareOptions = {}): Promise<PreparedArticle> {
  if (input.text.length < (options.offThreadChars ?? PREPARE_OFF_THREAD_CHARS)) return prepareArticleInSlices(input);
  const budgetMs = options.budgetMs ?? PREPARE_BUDGET_MS;
  // Only what prepareArticle reads crosses to the worker (structured clone).
  const workerInput: PrepareInput = { text: input.text, title: input.title ?? null, keepLines: input.keepLines ? [...input.keepLines] : undefined };
  return runOffThread<PrepareInput, PreparedArticle>({
    name: "text preparation",
    input: workerInput,
    budgetMs,
    entry: "lib/ingest/prepare-article.worker.ts",
    overBudget: (reason) =>
      new AppError(
        "too-complex",
        `${reason === "time" ? `Preparing the text took longer than ${budgetMs / 1000} seconds` : "Preparing the text needed too much memory"}; split it into smaller articles.`,
      ),
  });
}

import "server-only";
// Cleaning, splitting and aligning the English side grows with both texts: about 130 ms
// for a 37 KB pair and 225 ms for a 94 KB one on this machine, all of it synchronous
// dynamic programming that cannot pause. Large pairs are therefore aligned in a worker
// thread with a time budget, like text preparation; a news article's pair stays on the
// request thread, where the worker's start-up (tsx and the lexicon, about half a second)
// would cost more than the work.
import { AppError } from "@/lib/errors";
import { ALIGN_BUDGET_MS, ALIGN_OFF_THREAD_CHARS } from "@/lib/limits";
import { runOffThread } from "@/lib/threads/run-off-thread";
import type { PreparedArticle } from "./prepare-article";
import { alignTranslation, type AlignedArticle, type TranslationInput } from "./prepare-translation";

export type AlignJob = { article: PreparedArticle; indonesianText: string; translation: TranslationInput };
export type AlignOptions = { budgetMs?: number; offThreadChars?: number };

export async function alignTranslationOffThread(job: AlignJob, options: AlignOptions = {}): Promise<AlignedArticle> {
  const size = job.indonesianText.length + job.translation.text.length;
  if (size < (options.offThreadChars ?? ALIGN_OFF_THREAD_CHARS)) return alignTranslation(job.article, job.indonesianText, job.translation);
  const budgetMs = options.budgetMs ?? ALIGN_BUDGET_MS;
  // Only what alignTranslation reads crosses to the worker (structured clone).
  const input: AlignJob = { article: job.article, indonesianText: job.indonesianText, translation: { text: job.translation.text, title: job.translation.title ?? null } };
  return runOffThread<AlignJob, AlignedArticle>({
    name: "alignment",
    input,
    budgetMs,
    entry: "lib/ingest/align-translation.worker.ts",
    overBudget: (reason) =>
      new AppError(
        "too-complex",
        `${reason === "time" ? `Aligning the translation took longer than ${budgetMs / 1000} seconds` : "Aligning the translation needed too much memory"}; split the article and its translation into smaller parts.`,
      ),
  });
}

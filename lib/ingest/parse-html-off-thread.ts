import "server-only";
// Runs parseHtml in a worker thread with a time and memory budget (lib/threads), so a
// hostile or merely huge page costs its worker, never the server's event loop: past the
// budget the request gets a 422 "too-complex".
import { AppError } from "@/lib/errors";
import { HTML_PARSE_BUDGET_MS } from "@/lib/limits";
import { runOffThread } from "@/lib/threads/run-off-thread";
import type { ParsedPage } from "./parse-html";
import type { ParseHtmlInput } from "./parse-html.worker";

export type OffThreadOptions = { budgetMs?: number };

export function parseHtmlOffThread(html: string, pageUrl?: string, options: OffThreadOptions = {}): Promise<ParsedPage> {
  const budgetMs = options.budgetMs ?? HTML_PARSE_BUDGET_MS;
  return runOffThread<ParseHtmlInput, ParsedPage>({
    name: "HTML parser",
    input: { html, pageUrl },
    budgetMs,
    entry: "lib/ingest/parse-html.worker.ts",
    overBudget: (reason) =>
      tooComplex(reason === "time" ? `Reading the page took longer than ${budgetMs / 1000} seconds.` : "Reading the page needed too much memory."),
  });
}

function tooComplex(reason: string): AppError {
  return new AppError("too-complex", `${reason} The page is too large or too complex to read; save its text as a .txt file instead.`);
}

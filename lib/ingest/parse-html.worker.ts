// Worker-thread entry for parseHtml (see parse-html-off-thread.ts).
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { parseHtml } from "./parse-html";

export type ParseHtmlInput = { html: string; pageUrl: string | undefined };

serveOffThread((input: ParseHtmlInput) => parseHtml(input.html, input.pageUrl), "The page is too deeply nested to read.");

// Worker-thread entry for prepareArticle (see prepare-article-off-thread.ts).
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { prepareArticle, type PrepareInput } from "./prepare-article";

serveOffThread((input: PrepareInput) => prepareArticle(input));

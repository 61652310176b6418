// Worker-thread entry for alignTranslation (see align-translation-off-thread.ts).
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { alignTranslation } from "./prepare-translation";
import type { AlignJob } from "./align-translation-off-thread";

serveOffThread((job: AlignJob) => alignTranslation(job.article, job.indonesianText, job.translation));

import "server-only";
// First start with an empty library: add the project's demo article and, when the
// shared sample corpus sits beside the checkout, its articles too, so a newcomer sees
// the reader at once.
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";

// Paths are resolved at run time from the working directory; the ignore markers keep
// the bundler from tracing the whole project because of them.
const DEMO_ARTICLE = path.resolve(/* turbopackIgnore: true */ process.cwd(), "lib/text/fixtures/demo-article.txt");
const SAMPLE_CORPUS = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.SAMPLE_CORPUS_DIR ?? "../shared/corpus");

export async function seedSamples(log: (line: string) => void = () => {}): Promise<number> {
  // A change log means the library was used: a person who purged every article wants it empty.
  if ((await db.document.count()) > 0 || (await db.change.count()) > 0) return 0;
  let added = 0;
  for (const file of sampleFiles()) {
    const result = await ingestDocument({ text: fs.readFileSync(/* turbopackIgnore: true */ file, "utf8") });
    if (!result.duplicate) added += 1;
  }
  log(`added ${added} sample article(s) to the empty library`);
  return added;
}

function sampleFiles(): string[] {
  const files = fs.existsSync(/* turbopackIgnore: true */ DEMO_ARTICLE) ? [DEMO_ARTICLE] : [];
  if (fs.existsSync(/* turbopackIgnore: true */ SAMPLE_CORPUS)) {
    for (const name of fs.readdirSync(/* turbopackIgnore: true */ SAMPLE_CORPUS).sort()) {
      if (name.endsWith(".txt")) files.push(path.join(/* turbopackIgnore: true */ SAMPLE_CORPUS, name));
    }
  }
  return files;
}

// Ingest throughput without the model: the sample corpus (or the fixtures) prepared and
// stored N times over in a throwaway database, against the pure text pipeline alone on
// the same texts. Prints one JSON object; the ratio is what storage costs.
//   npx tsx --conditions=react-server scripts/bench-ingest.ts [--copies 30]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { harnessSources } from "./crash-harness";
import { round } from "@/lib/test/latency-stats";

const { values } = parseArgs({ options: { copies: { type: "string", default: "30" } } });
const copies = Math.max(1, Number(values.copies));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-ingest-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.WORKER_ENABLED = "false";

try {
  const { migrateDatabase } = await import("@/lib/migrate");
  const { prepareArticle } = await import("@/lib/ingest/prepare-article");
  const { ingestDocument } = await import("@/lib/ingest/ingest-document");
  await migrateDatabase();
  // Each copy differs by a final sentence, so every ingest is a new document.
  const texts = harnessSources().flatMap((file) => {
    const text = fs.readFileSync(file, "utf8").trimEnd();
    return Array.from({ length: copies }, (_, i) => `${text}\n\nSalinan uji nomor ${i + 1}.`);
  });

  let prepareSegments = 0;
  const prepareStart = performance.now();
  for (const text of texts) prepareSegments += prepareArticle({ text }).segments.length;
  const prepareSeconds = (performance.now() - prepareStart) / 1000;

  const { db } = await import("@/lib/db");
  const ingestStart = performance.now();
  for (const text of texts) await ingestDocument({ text });
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  const stored = await db.segment.count();

  const ingestRate = stored / ingestSeconds;
  const prepareRate = prepareSegments / prepareSeconds;
  process.stdout.write(
    `${JSON.stringify({
      benchmark: "ingest",
      documents: texts.length,
      segments: stored,
      segmentsPerSecond: round(ingestRate, 0),
      documentsPerSecond: round(texts.length / ingestSeconds, 1),
      reference: { name: "prepareArticle only (no database)", segmentsPerSecond: round(prepareRate, 0) },
      ratio: round(ingestRate / prepareRate, 3),
    })}\n`,
  );
  await db.$disconnect();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

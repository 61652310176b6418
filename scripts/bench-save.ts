// Save benchmark: 20 concurrent editors saving corrections in-process through
// updateSegmentTranslation (the same operation PATCH /api/segments/:id calls) against the
// embedded SQLite default, in a throwaway database. Two scenarios: every editor on its
// own sentences, and all editors fighting over one sentence (retrying on 409). Prints one
// JSON object with save latency (median, p95) per scenario.
//   npx tsx --conditions=react-server scripts/bench-save.ts [--editors 20] [--saves 50] [--keep]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { withSourceHash } from "@/lib/text/text-hash";

const { values } = parseArgs({
  options: { editors: { type: "string", default: "20" }, saves: { type: "string", default: "50" }, keep: { type: "boolean", default: false } },
});
const editors = Number(values.editors);
const saves = Number(values.saves);
if (!Number.isInteger(editors) || editors < 1 || !Number.isInteger(saves) || saves < 1) throw new Error("--editors and --saves must be positive integers");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-save-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
try {
  const { migrateDatabase } = await import("@/lib/migrate");
  await migrateDatabase();
  const { db } = await import("@/lib/db");
  const { updateSegmentTranslation } = await import("@/lib/segments/update-segment-translation");
  const ids = await seed(db, editors, saves);

  /** One timed save from a fresh read of the version; the latency is the save call alone. */
  const timedSave = async (id: string, text: string, samples: number[]) => {
    const { version } = await db.segment.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const start = performance.now();
    const result = await updateSegmentTranslation({ id, target: text, version });
    samples.push(performance.now() - start);
    return result.ok;
  };

  const distinct = await scenario(async (editor, samples) => {
    for (let i = 0; i < saves; i++) await timedSave(ids[editor * saves + i] ?? "", `editor ${editor} save ${i}`, samples);
    return 0;
  });
  const contended = await scenario(async (editor, samples) => {
    let conflicts = 0;
    for (let i = 0; i < saves; i++) {
      while (!(await timedSave(ids[0] ?? "", `editor ${editor} save ${i}`, samples))) conflicts++;
    }
    return conflicts;
  });
  const finalVersion = (await db.segment.findUniqueOrThrow({ where: { id: ids[0] ?? "" } })).version;
  process.stdout.write(
    `${JSON.stringify({ mode: "in-process (updateSegmentTranslation), embedded SQLite, WAL", editors, savesPerEditor: saves, distinct, contended: { ...contended, finalVersionOfSharedSentence: finalVersion }, cores: os.availableParallelism(), loadAverage1m: round(os.loadavg()[0] ?? 0) }, null, 2)}\n`,
  );
  await db.$disconnect();
} finally {
  if (values.keep) process.stderr.write(`kept ${dir}\n`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs every editor at once; returns latency statistics over all save calls. */
async function scenario(editor: (index: number, samples: number[]) => Promise<number>) {
  const samples: number[] = [];
  const start = performance.now();
  const conflicts = (await Promise.all(Array.from({ length: editors }, (_, i) => editor(i, samples)))).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - start) / 1000;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { calls: samples.length, conflicts, medianMs: at(0.5), p95Ms: at(0.95), maxMs: round(sorted[sorted.length - 1] ?? 0), savesPerSecond: round((samples.length - conflicts) / seconds) };
}

async function seed(db: import("@/lib/db").Db, editorCount: number, perEditor: number): Promise<string[]> {
  const document = await db.document.create({ data: { title: "Bench", rawText: "", contentHash: "bench-save", status: "ready" } });
  await db.segment.createMany({
    data: Array.from({ length: editorCount * perEditor }, (_, position) => withSourceHash({
      documentId: document.id,
      paragraphIndex: position >> 2,
      position,
      source: `Kalimat nomor ${position} tentang harga beras.`,
      target: `Sentence number ${position} about rice prices.`,
      status: "machine" as const,
      engine: "draft:lexicon",
      version: 1,
    })),
  });
  const rows = await db.segment.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" }, select: { id: true } });
  return rows.map((r) => r.id);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

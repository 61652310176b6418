// bench:dictionary — GET /api/dictionary through its real route handler, in-process, on a
// throwaway database with a 2,000-name glossary. The reference, measured in the same run, is
// the handler's floor: the one indexed glossary read it makes, alone. The first lookup (the
// dictionary loaded from disk) is reported apart as coldMs; the target is p95 < 20 ms.
//   npx tsx --conditions=react-server scripts/bench-dictionary.ts [--lookups 3000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { summarize } from "../lib/test/latency-stats";
import { ROOT_TABLE } from "../lib/text/words/root-table";

const { values } = parseArgs({ options: { lookups: { type: "string", default: "3000" } } });
const lookups = Number(values.lookups);
if (!Number.isInteger(lookups) || lookups < 1) throw new Error("--lookups must be a positive integer");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-dictionary-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
try {
  const { migrateDatabase } = await import("@/lib/migrate");
  await migrateDatabase();
  const { db } = await import("@/lib/db");
  const { entityKey } = await import("@/lib/text/entities/entity-key");
  const { GET } = await import("@/app/api/dictionary/route");
  await db.glossaryEntry.createMany({ data: Array.from({ length: 2000 }, (_, i) => ({ key: `nama ${i}`, source: `Nama ${i}`, type: "person" as const })) });
  // News words, a few unknown ones and names, as a reader taps them.
  const words = [...ROOT_TABLE.map(([word]) => word), "blorptak", "Jakarta", "Widodo", "Kereta", "mengkonfirmasi", "sebesar-besarnya"];
  const ask = async (word: string) => {
    const response = await GET(new Request(`http://127.0.0.1/api/dictionary?word=${encodeURIComponent(word)}`));
    if (response.status !== 200) throw new Error(`${word}: ${response.status}`);
    await response.json();
  };
  const coldStart = performance.now();
  await ask("dikirimkan");
  const coldMs = performance.now() - coldStart;

  const samples: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < lookups; i++) {
    const word = words[i % words.length] ?? "rumah";
    let start = performance.now();
    await ask(word);
    samples.push(performance.now() - start);
    start = performance.now();
    await db.glossaryEntry.findUnique({ where: { key: entityKey(word) }, select: { id: true, source: true, target: true, type: true } });
    reference.push(performance.now() - start);
  }
  const lookup = summarize(samples);
  console.log(JSON.stringify({
    lookups, distinctWords: words.length, glossaryEntries: 2000, coldMs: Math.round(coldMs),
    lookupMs: lookup, reference_glossaryReadMs: summarize(reference),
    targetP95Ms: 20, meetsTarget: lookup.p95 < 20,
  }, null, 2));
  await db.$disconnect();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// The export statistics benchmark's child (see bench-export.ts): counts the corpus
// statistics once, on a cold cache, while "another client" asks GET /api/documents every
// 50 ms in the same process, and reports how long the worst of its requests was held up.
// `idle` times the same client with nothing else running (the same-run reference),
// `thread` counts as the server does (in a worker thread above 50,000 segments) and
// `inline` counts on the event loop, as before.
import { timeAlongside } from "@/lib/test/other-client";

export type StatsRun = { mode: string; statsSeconds: number; pairs: number; otherClient: { requests: number; worstMs: number; p50Ms: number } };

export async function runStatsChild(mode: "idle" | "thread" | "inline"): Promise<StatsRun> {
  const { GET } = await import("@/app/api/documents/route");
  const { getExportStats } = await import("@/lib/export/export-stats");
  const { parseExportQuery } = await import("@/lib/export/export-options");
  const parsed = parseExportQuery(new URLSearchParams("format=tsv"));
  if (!parsed.ok) throw new Error(parsed.message);
  const samples: number[] = [];
  const request = async () => {
    const started = performance.now();
    await (await GET(new Request("http://localhost/api/documents"))).arrayBuffer();
    samples.push(performance.now() - started);
  };
  // Warm the route (Prisma's first query) so the figures are about the count alone.
  await request();
  samples.length = 0;
  const started = performance.now();
  const { result, other } = await timeAlongside(async () => {
    if (mode === "idle") return (await new Promise((resolve) => setTimeout(resolve, 5_000)), 0);
    return (await getExportStats(parsed.options, mode === "inline" ? Number.POSITIVE_INFINITY : undefined)).pairs;
  }, request);
  const sorted = [...samples].sort((a, b) => a - b);
  return { mode, statsSeconds: Math.round(performance.now() - started) / 1000, pairs: result, otherClient: { ...other, p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0) } };
}

// Load test against a running production server on loopback: readers, API clients,
// editors saving corrections, full-text and glossary searches and exports, all at once. Bounded in
// time and connections; stops by itself and prints one JSON object per route and overall.
//   npm run build && npm start &      (or any production server on 127.0.0.1)
//   SELARAS_TOKEN=$(npm run -s cli -- token create --email you@example.com) \
//   npx tsx scripts/load-test.ts --url http://127.0.0.1:3000 [--seconds 60]
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { summarize, round } from "@/lib/test/latency-stats";
import { seedLoadDocuments, type LoadFixture } from "@/lib/test/load-fixture";
import { authHeaders } from "@/lib/test/api-auth";

type Request = { method: string; path: string; headers?: Record<string, string>; body?: string; setupRequest?: (r: Request) => Request; onResponse?: (status: number, body: string) => void };
type Instance = { on: (event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void) => void };
type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; "2xx": number };
type Autocannon = (options: Record<string, unknown>) => Instance & PromiseLike<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

type Route = { name: string; connections: number; requests: Request[] };

export async function runLoadTest(baseUrl: string, seconds: number): Promise<Record<string, unknown>> {
  const url = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error("the load test only runs against loopback (127.0.0.1)");
  const fixture = await seedLoadDocuments(url.origin);
  const routes = buildRoutes(fixture);
  const started = Date.now();
  const results = await Promise.all(routes.map((route) => runRoute(url.origin, route, seconds)));
  const elapsed = (Date.now() - started) / 1000;
  const totals = results.reduce((t, r) => ({ requests: t.requests + r.requests, errors: t.errors + r.errors, non2xx: t.non2xx + r.non2xx }), { requests: 0, errors: 0, non2xx: 0 });
  return { url: url.origin, seconds: round(elapsed, 1), documents: fixture.documentIds.length, ...totals, requestsPerSecond: round(totals.requests / elapsed, 1), routes: results };
}

function buildRoutes(fixture: LoadFixture): Route[] {
  const doc = (i: number) => fixture.documentIds[i % fixture.documentIds.length] ?? "";
  let reader = 0;
  let api = 0;
  let edit = 0;
  // Each save goes to the next segment in turn, so no two connections race on one segment
  // (that would be a legitimate 409, not a server error) and each carries its latest version.
  const save: Request = {
    method: "PATCH",
    path: "/",
    headers: { "content-type": "application/json", ...authHeaders() },
    setupRequest: (request) => {
      const segment = fixture.segments[edit++ % fixture.segments.length];
      if (!segment) return request;
      const body = JSON.stringify({ target: `Koreksi beban ${edit}`, version: segment.version });
      return { ...request, path: `/api/segments/${segment.id}`, body };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const saved = JSON.parse(body) as { id?: string; version?: number };
      const segment = fixture.segments.find((s) => s.id === saved.id);
      if (segment && typeof saved.version === "number") segment.version = saved.version;
    },
  };
  return [
    { name: "reader page GET /documents/:id", connections: 4, requests: [{ method: "GET", path: "/", setupRequest: (r) => ({ ...r, path: `/documents/${doc(reader++)}` }) }] },
    { name: "API GET /api/documents/:id", connections: 2, requests: [{ method: "GET", path: "/", setupRequest: (r) => ({ ...r, path: `/api/documents/${doc(api++)}` }) }] },
    { name: "editor PATCH /api/segments/:id", connections: 2, requests: [save] },
    { name: "search GET /api/search?q=", connections: 1, requests: [{ method: "GET", path: "/api/search?q=Presiden" }] },
    { name: "glossary GET /api/glossary?q=", connections: 1, requests: [{ method: "GET", path: "/api/glossary?q=Jakarta" }] },
    { name: "export GET /api/export?format=tsv", connections: 1, requests: [{ method: "GET", path: "/api/export?format=tsv" }] },
  ];
}

async function runRoute(origin: string, route: Route, seconds: number) {
  const latencies: number[] = [];
  const instance = autocannon({ url: origin, connections: route.connections, duration: seconds, timeout: 30, requests: route.requests, headers: { origin, ...authHeaders() } });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return {
    route: route.name,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / seconds, 1),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latencyMs: summarize(latencies),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:3000" }, seconds: { type: "string", default: "60" } } });
  const seconds = Math.min(600, Math.max(1, Number(values.seconds)));
  const report = await runLoadTest(values.url ?? "", seconds);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = (report.errors as number) === 0 && (report.non2xx as number) === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) void main();

// `npm start`: the web server (`next start`, with any arguments given, e.g. -p 3000)
// and the translation worker as two processes under one supervisor; `npm run dev`
// passes --dev for `next dev` instead. WORKER_ENABLED=false
// runs the web server alone, for nodes that leave translation to workers elsewhere
// (`npm run worker`). Migrations have already run (`npm start` runs them first).
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "@/lib/env";
import { provider } from "@/lib/database-url";
import { MISSING_SHARED_SECRET } from "@/lib/auth/shared-secret";
import { supervise } from "./supervise";

// Bad configuration is one sentence at start, not a stack trace on the first request.
const problem = startProblem();
if (problem) {
  process.stderr.write(`selaras: ${problem}\n`);
  process.exit(1);
}

function startProblem(): string | null {
  try {
    env();
  } catch (error) {
    return (error as Error).message;
  }
  return provider() === "postgresql" && !process.env.BETTER_AUTH_SECRET?.trim() ? MISSING_SHARED_SECRET : null;
}

const require = createRequire(import.meta.url);
const nextBin = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
const mainScript = path.join(import.meta.dirname, "main.ts");

const dev = process.argv[2] === "--dev";
const given = process.argv.slice(dev ? 3 : 2);
// Loopback unless HOST (or -H) says otherwise: a fresh install is not on the network.
const bind = given.some((arg) => arg === "-H" || arg === "--hostname" || arg.startsWith("--hostname=")) ? [] : ["-H", process.env.HOST?.trim() || "127.0.0.1"];
const nextArgs = [dev ? "dev" : "start", ...bind, ...given];

const code = await supervise({
  web: { name: "web", command: process.execPath, args: [nextBin, ...nextArgs], env: { SELARAS_PROCESS_ROLE: "web" } },
  worker: env().WORKER_ENABLED
    ? { name: "worker", command: process.execPath, args: ["--conditions=react-server", "--import", "tsx", mainScript, "worker"] }
    : null,
});
process.exit(code);

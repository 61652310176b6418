// `npm start`: the web server (`next start`, with any arguments given, e.g. -p 3000)
// and the translation worker as two processes under one supervisor. WORKER_ENABLED=false
// runs the web server alone, for nodes that leave translation to workers elsewhere
// (`npm run worker`). Migrations have already run (`npm start` runs them first).
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "@/lib/env";
import { supervise } from "./supervise";

const require = createRequire(import.meta.url);
const nextBin = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
const mainScript = path.join(import.meta.dirname, "main.ts");

const code = await supervise({
  web: { name: "web", command: process.execPath, args: [nextBin, "start", ...process.argv.slice(2)], env: { SELARAS_PROCESS_ROLE: "web" } },
  worker: env().WORKER_ENABLED
    ? { name: "worker", command: process.execPath, args: ["--conditions=react-server", "--import", "tsx", mainScript, "worker"] }
    : null,
});
process.exit(code);

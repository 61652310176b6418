// The supervisor of `npm start` with a stand-in web server (a plain HTTP server on
// FAKE_WEB_PORT: a Next build is too heavy for a unit test) and the counting worker,
// for the supervisor's tests: the worker is restarted, the web keeps answering.
import { supervise } from "@/lib/cli/supervise";

const port = Number(process.env.FAKE_WEB_PORT);
const web = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;

const code = await supervise({
  web: { name: "web", command: process.execPath, args: ["-e", web] },
  worker: { name: "worker", command: process.execPath, args: ["--conditions=react-server", "--import", "tsx", "lib/test/counting-worker.ts"] },
  graceMs: 5_000,
});
process.exit(code);

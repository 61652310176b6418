// A small process supervisor: the web server and the translation worker run as
// separate processes, so inference never touches the web server's event loop. The
// worker is restarted (with backoff) whenever it dies; the web server's exit ends the
// whole service with its code, for the init system or container to act on. SIGINT and
// SIGTERM are passed to both children, which get a grace period to finish.
import { spawn, type ChildProcess } from "node:child_process";
import { nextRestart, type RestartState } from "./restart-policy";

export type Command = { name: string; command: string; args: readonly string[]; env?: Record<string, string> };
export type SuperviseOptions = { web: Command; worker: Command | null; graceMs?: number; log?: (line: string) => void };

export function supervise(options: SuperviseOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(`[supervisor] ${line}`));
  const graceMs = options.graceMs ?? 10_000;
  let stopping = false;
  let worker: ChildProcess | null = null;
  let restartTimer: NodeJS.Timeout | undefined;
  let restart: RestartState = { crashes: 0 };

  const run = (command: Command): ChildProcess => {
    const child = spawn(command.command, command.args, { stdio: "inherit", env: { ...process.env, ...command.env } });
    log(`${command.name} started (pid ${child.pid ?? "?"})`);
    return child;
  };

  const startWorker = (spec: Command) => {
    const startedAt = Date.now();
    worker = run(spec);
    worker.once("exit", (code, signal) => {
      worker = null;
      if (stopping) return;
      const next = nextRestart(restart, Date.now() - startedAt);
      restart = next.state;
      log(`${spec.name} exited (${signal ?? `code ${code}`}); restarting in ${next.delayMs} ms`);
      restartTimer = setTimeout(() => startWorker(spec), next.delayMs);
    });
  };

  return new Promise<number>((resolve) => {
    const web = run(options.web);
    if (options.worker) startWorker(options.worker);

    const stopAll = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      clearTimeout(restartTimer);
      for (const child of [web, worker]) {
        if (!child || child.exitCode !== null || child.signalCode !== null) continue;
        child.kill(signal);
        setTimeout(() => child.kill("SIGKILL"), graceMs).unref();
      }
    };
    const onSignal = (signal: NodeJS.Signals) => {
      log(`${signal}: stopping`);
      stopAll(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);

    web.once("exit", (code, signal) => {
      const wasStopping = stopping;
      if (!wasStopping) log(`${options.web.name} exited (${signal ?? `code ${code}`}); stopping`);
      stopAll("SIGTERM");
      const done = () => resolve(wasStopping ? 0 : (code ?? 1));
      const current = worker as ChildProcess | null;
      if (current && current.exitCode === null && current.signalCode === null) current.once("exit", done);
      else done();
    });
  });
}

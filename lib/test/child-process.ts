// Starting and killing the app's own processes for the crash harness, the load test and
// the benchmarks. Each child leads its own process group, so a kill -9 also takes down
// what it spawned (tsx's loader, a migration), and only processes we started are touched.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

export type Child = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs a TypeScript entry (repo-relative) the way `npm run cli` does, without npm in between. */
export function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv): Child {
  return startProcess(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], env);
}

const live = new Set<Child>();

export function startProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    // The tail is what explains a failure; a chatty child must not grow memory.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const handle: Child = { process: child, output: () => output, exited };
  live.add(handle);
  void exited.then(() => live.delete(handle));
  return handle;
}

/**
 * Detached children outlive their parent; a script that is interrupted (Ctrl+C, a
 * timeout) must take its servers and workers with it. Call once from a script's main.
 */
export function killChildrenOnExit(): void {
  const killAll = () => {
    for (const child of live) killGroup(child);
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}

/** kill -9 the child's whole process group; a child that already exited is left alone. */
export function killGroup(child: Child, signal: NodeJS.Signals = "SIGKILL"): void {
  const pid = child.process.pid;
  if (pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Exited between the check and the kill.
  }
}

/** Waits for exit, escalating to SIGKILL when a graceful stop takes too long. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<number | null> {
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

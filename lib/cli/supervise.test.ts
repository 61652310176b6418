// The supervisor of `npm start` as processes: a stand-in web server and the real worker
// loop (lib/test/supervised-services.ts). A poison sentence fails alone and can be
// retried; a worker killed with SIGKILL is restarted while the web keeps answering;
// SIGTERM stops everything cleanly.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { retrySegmentTranslation } from "@/lib/segments/retry-segment-translation";
import { startScript, stopChild, type Child } from "@/lib/test/child-process";
import { articleOf, waitFor } from "@/lib/test/worker-fixtures";
import { nextRestart, RESTART } from "./restart-policy";

const children: Child[] = [];
const poisonFile = path.join(process.env.SELARAS_TEST_DIR!, `poison-${process.pid}`);

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => stopChild(child, 5_000)));
  fs.rmSync(poisonFile, { force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const workerPids = (output: string) => [...output.matchAll(/worker started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm start's supervisor", () => {
  it("keeps the worker alive and the web answering through a poison sentence and a kill -9", async () => {
    const port = await freePort();
    const env = { ...process.env, FAKE_WEB_PORT: String(port), POISON_FILE: poisonFile, TRANSLATION_ENGINE: "draft", TRANSLATION_LEASE_MS: "1500", WORKER_POLL_MS: "60000" };
    const supervisor = startScript("lib/test/supervised-services.ts", [], env);
    children.push(supervisor);
    const web = () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.text(), () => "down");
    await waitFor(async () => (await web()) === "ok" && supervisor.output().includes("ready"), 30_000, supervisor.output);

    fs.writeFileSync(poisonFile, "meracuni");
    const { id } = await ingestDocument({ text: `Kabar Racun\n\nKalimat pertama baik. Kalimat ini meracuni mesin. Kalimat ketiga baik.` });
    const poisoned = await db.segment.findFirstOrThrow({ where: { documentId: id, source: { contains: "meracuni" } } });
    await waitFor(async () => (await db.document.findUniqueOrThrow({ where: { id } })).status === "ready", 30_000, supervisor.output);
    expect(await db.translationTask.findUniqueOrThrow({ where: { segmentId: poisoned.id } })).toMatchObject({ attempts: 3, lastError: "poisoned sentence (meracuni)" });
    expect(await db.segment.count({ where: { documentId: id, status: "machine" } })).toBe(3);
    const [firstPid] = workerPids(supervisor.output());
    expect(alive(firstPid!)).toBe(true);
    expect(await web()).toBe("ok");

    // Retried once the cause is gone, the sentence translates.
    fs.rmSync(poisonFile);
    expect(await retrySegmentTranslation(poisoned.id)).toMatchObject({ ok: true });
    await waitFor(async () => (await db.segment.findUniqueOrThrow({ where: { id: poisoned.id } })).status === "machine", 30_000, supervisor.output);

    process.kill(firstPid!, "SIGKILL");
    await waitFor(() => workerPids(supervisor.output()).length === 2, 15_000, supervisor.output);
    expect(await web()).toBe("ok");
    const { id: next } = await ingestDocument({ text: articleOf(6, "Sesudah") });
    await waitFor(async () => (await db.segment.count({ where: { documentId: next, status: "pending" } })) === 0, 30_000, supervisor.output);

    expect(await stopChild(supervisor, 10_000)).toBe(0);
    expect(workerPids(supervisor.output()).some(alive)).toBe(false);
    expect(await web()).toBe("down");
  });
});

describe("the restart policy", () => {
  it("backs off while the worker keeps crashing, and starts over after a healthy run", () => {
    let state = { crashes: 0 };
    const delays: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const next = nextRestart(state, 100);
      delays.push(next.delayMs);
      state = next.state;
    }
    expect(delays.slice(0, 4)).toEqual([250, 500, 1_000, 2_000]);
    expect(Math.max(...delays)).toBe(RESTART.maxMs);
    expect(nextRestart(state, RESTART.healthyAfterMs).delayMs).toBe(RESTART.firstMs);
  });
});

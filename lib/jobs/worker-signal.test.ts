// Wake-ups reach a worker through the watched wake file, even after the file was
// deleted and written again (a cleaned data folder), not only through the in-process
// event; on PostgreSQL through NOTIFY from any process, also after a dropped connection.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { onWake, wakeFile } from "./worker-signal";
import { waitFor } from "@/lib/test/worker-fixtures";
import { db } from "@/lib/db";
import { postgresUnavailable, usePostgres } from "@/lib/test/providers";
import { sleep, startScript } from "@/lib/test/child-process";

describe("the worker wake file", () => {
  it("wakes a listener when another process writes it, also after it was deleted", async () => {
    let wakes = 0;
    const stop = onWake(() => (wakes += 1));
    try {
      fs.writeFileSync(wakeFile(), "1\n");
      await waitFor(() => wakes > 0, 5_000);
      fs.rmSync(wakeFile());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = wakes;
      fs.writeFileSync(wakeFile(), "2\n");
      await waitFor(() => wakes > before, 5_000);
    } finally {
      stop();
    }
    expect(wakes).toBeGreaterThan(1);
  });
});

(postgresUnavailable() ? describe.skip : describe)("the worker wake-up on PostgreSQL", () => {
  usePostgres();

  it("wakes a listener when another process sends the NOTIFY, and keeps listening after a dropped connection", async () => {
    let wakes = 0;
    const stop = onWake(() => (wakes += 1));
    const notify = async () => {
      const child = startScript("lib/test/notify-wake.ts", [], { ...process.env });
      expect(await child.exited).toBe(0);
    };
    try {
      await sleep(300);
      await notify();
      await waitFor(() => wakes > 0, 10_000);
      // The server drops the listening connection (a restart, a failover): it listens again.
      await db.$executeRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'selaras-wake' AND datname = current_database()`);
      await sleep(1_500);
      const before = wakes;
      await notify();
      await waitFor(() => wakes > before, 10_000);
    } finally {
      stop();
    }
  });
});

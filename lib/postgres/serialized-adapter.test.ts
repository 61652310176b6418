// On PostgreSQL, write transactions keep SQLite's one-writer-at-a-time guarantee through
// one advisory lock, waited for at most a bounded time and then reported as busy (503).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresClient } from "@/lib/db/postgres-client";
import { isDatabaseBusy } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/test/postgres";
import { postgresUnavailable } from "@/lib/test/providers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(postgresUnavailable())(`serialized write transactions on PostgreSQL${postgresUnavailable() ? ` [skipped: ${postgresUnavailable()}]` : ""}`, () => {
  let database: TestDatabase;
  let patient: PrismaClient;
  let hasty: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    patient = createPostgresClient(database.url);
    hasty = createPostgresClient(database.url, 150);
  });
  afterAll(async () => {
    await Promise.all([patient?.$disconnect(), hasty?.$disconnect()]);
    await database?.drop();
  });

  it("runs a second transaction only after the first has committed, even from another client", async () => {
    const other = createPostgresClient(database.url);
    try {
      let firstStarted!: () => void;
      const started = new Promise<void>((resolve) => (firstStarted = resolve));
      const first = patient.$transaction(async (tx) => {
        firstStarted();
        await sleep(300);
        await tx.setting.create({ data: { key: "first", value: "1" } });
      });
      await started;
      // Without the lock this would read at once and see nothing (the first has not committed).
      const second = other.$transaction(async (tx) => tx.setting.count({ where: { key: "first" } }), { maxWait: 5_000 });
      await first;
      expect(await second).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("reports a lock waited for too long as busy, and the connection stays usable", async () => {
    const held = holdLock();
    await held.started;
    const error = await hasty.$transaction(async (tx) => tx.setting.count(), { maxWait: 5_000 }).then(
      () => null,
      (caught: unknown) => caught,
    );
    await held.release();
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(true);
    expect(await hasty.$transaction(async (tx) => tx.setting.count())).toBeGreaterThanOrEqual(0);
  });

  it("lets reads outside transactions through while a transaction holds the lock", async () => {
    const held = holdLock();
    await held.started;
    const events: string[] = [];
    await hasty.setting.count().then(() => events.push("read answered"));
    await held.release().then(() => events.push("transaction ends"));
    expect(events).toEqual(["read answered", "transaction ends"]);
  });

  /** A transaction that holds the write lock from `started` until `release()` (at most 10 s). */
  function holdLock(): { started: Promise<void>; release: () => Promise<void> } {
    let started!: () => void;
    let release!: () => void;
    const startedPromise = new Promise<void>((resolve) => (started = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const done = patient.$transaction(async () => {
      started();
      await Promise.race([released, sleep(10_000)]);
    }, { timeout: 15_000 });
    return { started: startedPromise, release: () => (release(), done) };
  }
});

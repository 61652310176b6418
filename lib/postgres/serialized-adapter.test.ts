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
    const events: string[] = [];
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const first = patient.$transaction(async (tx) => {
      firstStarted();
      await tx.setting.create({ data: { key: "first", value: "1" } });
      await sleep(300);
      events.push("first commits");
    });
    await started;
    const second = hasty.$transaction(async (tx) => {
      events.push(`second sees first: ${(await tx.setting.count({ where: { key: "first" } })) === 1}`);
    }, { maxWait: 5_000 }).catch(() => events.push("second gave up"));
    // The hasty client waits 150 ms at most: it gives up while the first still holds the lock.
    await Promise.all([first, second]);
    expect(events).toEqual(["second gave up", "first commits"]);

    const third = patient.$transaction(async (tx) => {
      await sleep(200);
      await tx.setting.create({ data: { key: "third", value: "3" } });
    });
    await sleep(50);
    const fourth = patient.$transaction(async (tx) => tx.setting.count({ where: { key: "third" } }), { maxWait: 5_000 });
    await third;
    expect(await fourth).toBe(1);
  });

  it("reports a lock waited for too long as busy, and the connection stays usable", async () => {
    const holder = patient.$transaction(async () => sleep(600));
    await sleep(50);
    const error = await hasty.$transaction(async (tx) => tx.setting.count(), { maxWait: 5_000 }).then(
      () => null,
      (caught: unknown) => caught,
    );
    await holder;
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(true);
    expect(await hasty.$transaction(async (tx) => tx.setting.count())).toBeGreaterThanOrEqual(0);
  });

  it("lets reads outside transactions through while a transaction holds the lock", async () => {
    const events: string[] = [];
    const holder = patient.$transaction(async () => sleep(400)).then(() => events.push("transaction ends"));
    await sleep(50);
    await hasty.setting.count().then(() => events.push("read answered"));
    await holder;
    expect(events).toEqual(["read answered", "transaction ends"]);
  });
});

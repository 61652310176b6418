// A write waiting for SQLite's lock, held by another connection (the worker, the CLI),
// waits without freezing the event loop: the save lands once the lock is free, other
// requests keep being answered meanwhile, and a wait past its bound is a busy 503 (which
// the editor retries), never a 500 and never a transaction slot left held.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile, databaseUrl } from "@/lib/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "@/lib/http/error-response";
import { editorAuthorization } from "@/lib/test/accounts";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { timeAlongside } from "@/lib/test/other-client";
import { GET } from "@/app/api/documents/route";
import { PATCH } from "@/app/api/segments/[id]/route";
import { WaitingSqliteAdapter } from "./waiting-adapter";

const OTHER_CLIENT_MAX_MS = 400;
const HELD_MS = 1500;

let holder: Database.Database | null = null;

afterEach(() => {
  if (holder?.inTransaction) holder.exec("ROLLBACK");
  holder?.close();
  holder = null;
});

/** Another connection takes the write lock and keeps it for `ms`. */
function holdWriteLock(ms: number): void {
  holder = new Database(databaseFile(), { timeout: 5_000 });
  holder.exec("BEGIN IMMEDIATE");
  const own = holder;
  setTimeout(() => own.inTransaction && own.exec("COMMIT"), ms);
}

const otherClient = () => GET(new Request("http://localhost/api/documents")).then((response) => response.arrayBuffer());

function save(id: string, target: string, version: number, authorization: string): Promise<Response> {
  const body = JSON.stringify({ target, version });
  const request = new Request(`http://127.0.0.1:3210/api/segments/${id}`, { method: "PATCH", headers: { "content-type": "application/json", authorization }, body });
  return PATCH(request, { params: Promise.resolve({ id }) });
}

describe("a write waiting for the lock", () => {
  it("lands after another connection's long write lock, while other requests keep answering", async () => {
    const { ids } = await seedDocument([{ source: "Harga cabai naik." }]);
    const id = idAt(ids, 0);
    await otherClient(); // the first request pays for loading the route, not for the lock
    // Created before the lock is taken: making the account is a write of its own.
    const { authorization } = await editorAuthorization();
    holdWriteLock(HELD_MS);
    const started = performance.now();
    const { result, other } = await timeAlongside(() => save(id, "Chilli prices rise.", 1, authorization), otherClient);
    expect(result.status).toBe(200);
    // It really waited for the lock, and the event loop served the GETs meanwhile.
    expect(performance.now() - started).toBeGreaterThan(HELD_MS - 100);
    expect(other.requests).toBeGreaterThan(5);
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).target).toBe("Chilli prices rise.");
  });

  it("past its bound is a busy 503 with Retry-After, and the next transaction still runs", async () => {
    const client = new PrismaClient({ adapter: new WaitingSqliteAdapter({ url: databaseUrl(), syncWaitMs: 10, totalWaitMs: 300 }) });
    try {
      holdWriteLock(5_000);
      const refused = await client.$transaction((tx) => tx.document.count()).then(() => null, errorResponse);
      expect(refused?.status).toBe(503);
      expect(refused?.headers.get("retry-after")).toMatch(/^\d+$/);
      holder?.exec("COMMIT");
      // A failed BEGIN must not leave the connection's transaction slot taken.
      await expect(client.$transaction((tx) => tx.document.count(), { maxWait: 1_000 })).resolves.toBeGreaterThanOrEqual(0);
    } finally {
      await client.$disconnect();
    }
  });
});

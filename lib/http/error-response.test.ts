// A busy or timed-out database is a 503 with Retry-After, never a 500: once with the
// error shapes Prisma and SQLite produce, and once for real, with another connection
// holding SQLite's write lock while an editor saves.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile, databaseUrl } from "@/lib/database-url";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { PATCH } from "@/app/api/segments/[id]/route";
import { errorResponse } from "./error-response";
import { editorAuthorization } from "@/lib/test/accounts";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "6.19.3", ...(meta ? { meta } : {}) });

function sqliteError(code: string): Error {
  return Object.assign(new Error("database is locked"), { code });
}

describe("errorResponse", () => {
  it.each<[string, unknown, number]>([
    ["SQLITE_BUSY through the adapter (P1008)", known("P1008"), 503],
    ["a transaction that could not start in time (P2028)", known("P2028"), 503],
    ["a write conflict (P2034)", known("P2034"), 503],
    ["a raw query on a locked database (P2010)", known("P2010", { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY" } } }), 503],
    ["better-sqlite3's own SQLITE_BUSY", sqliteError("SQLITE_BUSY"), 503],
    ["SQLITE_BUSY_SNAPSHOT", sqliteError("SQLITE_BUSY_SNAPSHOT"), 503],
    ["SQLITE_LOCKED wrapped as a cause", new Error("outer", { cause: sqliteError("SQLITE_LOCKED") }), 503],
    ["PostgreSQL: a lock waited past lock_timeout (55P03)", known("P2010", { driverAdapterError: { cause: { originalCode: "55P03" } } }), 503],
    ["PostgreSQL: a deadlock broken by the server (40P01)", known("P2010", { driverAdapterError: { cause: { originalCode: "40P01" } } }), 503],
    ["PostgreSQL: another error code that merely starts alike stays a 500", known("P2010", { driverAdapterError: { cause: { originalCode: "40001X" } } }), 500],
    ["an AppError busy", new AppError("busy", "Try again."), 503],
    ["a unique violation stays a 500 here", known("P2002"), 500],
    ["anything else", new Error("boom"), 500],
  ])("%s", async (_name, error, status) => {
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string } };
    if (status === 503) {
      expect(body.error.code).toBe("busy");
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    } else {
      expect(response.headers.get("retry-after")).toBeNull();
    }
  });
});

describe("a save while another process holds the write lock", () => {
  it("answers 503 with Retry-After and stores nothing", async () => {
    const { ids } = await seedDocument([{ source: "Harga cabai naik." }]);
    const id = idAt(ids, 0);
    const { authorization } = await editorAuthorization();
    const other = new Database(databaseFile(databaseUrl()));
    other.exec("BEGIN IMMEDIATE");
    let response: Response;
    try {
      response = await PATCH(
        new Request(`http://127.0.0.1/api/segments/${id}`, { method: "PATCH", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ target: "Chili prices rise.", version: 1 }) }),
        { params: Promise.resolve({ id }) },
      );
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("busy");
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ target: "EN Harga cabai naik.", version: 1 });
  }, 60_000);
});

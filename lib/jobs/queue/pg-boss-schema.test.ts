// The PostgreSQL migration carries pg-boss's schema as text. If the installed pg-boss ever
// wants another schema (an upgrade), this fails before a worker refuses to start with
// "pg-boss database requires migrations".
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import PgBoss from "pg-boss";

const MIGRATION = path.resolve("prisma/postgres/migrations/20261204100000_translation_queue/migration.sql");

describe("pg-boss's schema in the PostgreSQL migrations", () => {
  it("is exactly the one the installed pg-boss builds", () => {
    const text = fs.readFileSync(MIGRATION, "utf8");
    const block = text.split("-- pg-boss construction plans: begin\n")[1]?.split("\n-- pg-boss construction plans: end")[0];
    expect(block).toBe(PgBoss.getConstructionPlans("pgboss"));
  });
});

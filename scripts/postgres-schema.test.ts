import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "./postgres-schema";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./generate-postgres-schema";

const BASE = `generator client {
  provider   = "prisma-client"
  output     = "../lib/generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = env("DATABASE_URL")
}
`;

describe("postgresSchema", () => {
  it("keeps the committed prisma/postgres/schema.prisma equal to what prisma/schema.prisma generates", () => {
    const wanted = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
    // On a mismatch: npm run db:schema:pg, then add a PostgreSQL migration for the change.
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(wanted);
  });

  it.each([
    ["the provider", 'provider = "postgresql"'],
    ["the client output, one folder deeper", 'output     = "../../lib/generated/prisma-pg"'],
    ["the generated-file header", "GENERATED from prisma/schema.prisma"],
  ])("rewrites %s", (_name, expected) => {
    expect(postgresSchema(BASE)).toContain(expected);
  });

  it.each([
    ["  createdAt DateTime @default(now())", "  createdAt DateTime @db.Timestamptz(3) @default(now())"],
    ["  deletedAt DateTime?", "  deletedAt DateTime? @db.Timestamptz(3)"],
    ["  expiresAt  DateTime // why", "  expiresAt  DateTime @db.Timestamptz(3) // why"],
    ["  title String", "  title String"],
    ["  // a DateTime in a comment", "  // a DateTime in a comment"],
  ])("stores instants with their zone: %s", (field, expected) => {
    expect(postgresSchema(`${BASE}\nmodel M {\n${field}\n}\n`)).toContain(`\n${expected}\n`);
  });

  it.each([
    ["no SQLite provider", BASE.replace('"sqlite"', '"mysql"')],
    ["a moved client output", BASE.replace("../lib/generated/prisma", "../generated")],
  ])("refuses a schema with %s rather than writing a wrong one", (_name, schema) => {
    expect(() => postgresSchema(schema)).toThrow(/expected exactly one match/);
  });
});

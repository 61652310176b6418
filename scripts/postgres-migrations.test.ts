// The committed PostgreSQL migrations must build the tables prisma/postgres/schema.prisma
// describes (postgres-schema.test.ts keeps that file equal to what the SQLite schema
// generates): a field added to the schema without a PostgreSQL migration, or a column a
// migration adds that neither the schema nor the list below names, fails here.
import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresUnavailable, usePostgres } from "@/lib/test/providers";
import { POSTGRES_SCHEMA } from "./generate-postgres-schema";

/**
 * Columns the migrations add on purpose outside the Prisma schema, like SQLite's FTS5
 * tables: the client never reads or writes them.
 * - Segment.searchVector: the generated tsvector behind search and the word-help
 *   concordance (prisma/postgres/migrations/20261203000000_search).
 */
const HAND_WRITTEN_COLUMNS: Record<string, readonly string[]> = { Segment: ["searchVector"] };

/** Table name → its scalar columns, from the schema text (fields have no @map here). */
export function schemaTables(schema: string): Map<string, string[]> {
  const blocks = [...schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)];
  const models = new Set(blocks.map((block) => block[1] ?? ""));
  const tables = new Map<string, string[]>();
  for (const [, model = "", body = ""] of blocks) {
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model;
    const columns = body
      .split("\n")
      .map((line) => /^\s+(\w+)\s+(\w+)/.exec(line))
      .filter((field): field is RegExpExecArray => field !== null && !models.has(field[2] ?? ""))
      .map((field) => field[1] ?? "");
    tables.set(table, columns);
  }
  return tables;
}

describe.skipIf(postgresUnavailable() !== null)("the PostgreSQL migrations", () => {
  const { database } = usePostgres();

  it("build every table of the schema with exactly its columns, plus the documented hand-written ones", async () => {
    const client = new pg.Client({ connectionString: database().url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string; column: string }>(
        `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema()`,
      );
      const actual = new Map<string, string[]>();
      for (const row of rows) actual.set(row.table, [...(actual.get(row.table) ?? []), row.column]);
      const expected = schemaTables(fs.readFileSync(POSTGRES_SCHEMA, "utf8"));
      const sorted = (tables: Map<string, string[]>) => Object.fromEntries([...tables].map(([table, columns]) => [table, [...columns].sort()]).sort());
      for (const [table, extra] of Object.entries(HAND_WRITTEN_COLUMNS)) expected.set(table, [...(expected.get(table) ?? []), ...extra]);
      expect(sorted(actual)).toEqual(sorted(expected));
    } finally {
      await client.end();
    }
  });
});

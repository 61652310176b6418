// The export statistics count words in SQL, differently on each provider (SQLite has no
// regexp_count, PostgreSQL has no char()): both must agree with each other and with the
// rule, words = runs of anything but space, tab, LF and CR.
import Database from "better-sqlite3";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServerUrl } from "@/lib/test/postgres";
import { postgresUnavailable } from "@/lib/test/providers";
import { wordCountSql as sqliteWordCount } from "./sqlite/pair-filter";
import { wordCountSql as postgresWordCount } from "./postgres/pair-filter";

const expected = (text: string) => text.split(/[ \t\n\r]+/).filter((word) => word !== "").length;

const TABLE = ["", "   ", "satu", " satu dua ", "satu\tdua\ntiga\r\nempat", "satu     dua  \t tiga", "Bel\u0007 dan\u000b tab", "nbsp\u00a0tetap satu", "🎉 dan עברית"];
// Strings built from the characters that matter: the separators, other white space, letters.
const text = fc.array(fc.constantFrom(" ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u2003", "a", "é", "🎉", "-"), { maxLength: 24 }).map((chars) => chars.join(""));

describe("word counts in SQL", () => {
  const sqlite = new Database(":memory:");
  const countSqlite = (value: string) => sqlite.prepare<{ value: string }, { words: number }>(`SELECT ${sqliteWordCount("@value")} AS words`).get({ value })?.words;
  afterAll(() => sqlite.close());

  it.each(TABLE)("SQLite: %j", (value) => {
    expect(countSqlite(value)).toBe(expected(value));
  });

  describe.skipIf(postgresUnavailable())("PostgreSQL", () => {
    const client = new pg.Client({ connectionString: testServerUrl() });
    beforeAll(() => client.connect());
    afterAll(() => client.end());
    const countPostgres = async (values: readonly string[]) =>
      (await client.query<{ words: number }>(`SELECT ${postgresWordCount("v")} AS words FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n`, [values])).rows.map((row) => row.words);

    it("counts the table as the rule does", async () => {
      expect(await countPostgres(TABLE)).toEqual(TABLE.map(expected));
    });

    it("agrees with SQLite on any mix of separators, other white space and letters", async () => {
      const samples = fc.sample(text, 500);
      expect(await countPostgres(samples)).toEqual(samples.map((value) => countSqlite(value)));
    });
  });
});

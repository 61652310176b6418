// lib/db/postgres-client.ts hands the PostgreSQL client to code typed against the SQLite
// one. That is sound only while both are generated from the same models: check every row
// type and enum the app imports is identical between the two generated clients.
import { describe, expectTypeOf, it } from "vitest";
import type * as Sqlite from "@/lib/generated/prisma/client";
import type * as Postgres from "@/lib/generated/prisma-pg/client";
import * as SqliteEnums from "@/lib/generated/prisma/enums";
import * as PostgresEnums from "@/lib/generated/prisma-pg/enums";

describe("the two generated clients", () => {
  it("have the same row types", () => {
    expectTypeOf<Postgres.Document>().toEqualTypeOf<Sqlite.Document>();
    expectTypeOf<Postgres.Segment>().toEqualTypeOf<Sqlite.Segment>();
    expectTypeOf<Postgres.Change>().toEqualTypeOf<Sqlite.Change>();
    expectTypeOf<Postgres.GlossaryEntry>().toEqualTypeOf<Sqlite.GlossaryEntry>();
    expectTypeOf<Postgres.GlossarySpelling>().toEqualTypeOf<Sqlite.GlossarySpelling>();
    expectTypeOf<Postgres.GlossarySuppression>().toEqualTypeOf<Sqlite.GlossarySuppression>();
    expectTypeOf<Postgres.GlossaryRedirect>().toEqualTypeOf<Sqlite.GlossaryRedirect>();
    expectTypeOf<Postgres.EntityMention>().toEqualTypeOf<Sqlite.EntityMention>();
    expectTypeOf<Postgres.TranslationTask>().toEqualTypeOf<Sqlite.TranslationTask>();
    expectTypeOf<Postgres.User>().toEqualTypeOf<Sqlite.User>();
    expectTypeOf<Postgres.Session>().toEqualTypeOf<Sqlite.Session>();
    expectTypeOf<Postgres.Account>().toEqualTypeOf<Sqlite.Account>();
    expectTypeOf<Postgres.Verification>().toEqualTypeOf<Sqlite.Verification>();
    expectTypeOf<Postgres.ApiToken>().toEqualTypeOf<Sqlite.ApiToken>();
    expectTypeOf<Postgres.Invite>().toEqualTypeOf<Sqlite.Invite>();
    expectTypeOf<Postgres.Setting>().toEqualTypeOf<Sqlite.Setting>();
    expectTypeOf<Postgres.CorpusVersion>().toEqualTypeOf<Sqlite.CorpusVersion>();
    expectTypeOf<Postgres.MemoryImport>().toEqualTypeOf<Sqlite.MemoryImport>();
    expectTypeOf<Postgres.MemoryUnit>().toEqualTypeOf<Sqlite.MemoryUnit>();
    expectTypeOf<Postgres.SavedWord>().toEqualTypeOf<Sqlite.SavedWord>();
  });

  it("have the same enums, at run time too", async () => {
    const { expect } = await import("vitest");
    expect(PostgresEnums).toEqual(SqliteEnums);
    expectTypeOf<typeof PostgresEnums.SegmentStatus>().toEqualTypeOf<typeof SqliteEnums.SegmentStatus>();
    expectTypeOf<typeof PostgresEnums.ChangeAction>().toEqualTypeOf<typeof SqliteEnums.ChangeAction>();
  });
});

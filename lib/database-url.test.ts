import { afterEach, describe, expect, it } from "vitest";
import { DatabaseUrlError, databaseUrl, providerOf, redactedUrl } from "./database-url";
import { env, resetEnvCache } from "./env";

const saved = process.env.DATABASE_URL;
afterEach(() => {
  process.env.DATABASE_URL = saved;
  resetEnvCache();
});

describe("providerOf", () => {
  it.each([
    ["file:./data/selaras.db", "sqlite"],
    ["file:/tmp/x.db?mode=rwc", "sqlite"],
    ["postgresql://selaras:pw@db.internal:5432/selaras", "postgresql"],
    ["postgres://localhost/selaras", "postgresql"],
    ["postgresql://u@127.0.0.1/selaras?sslmode=require", "postgresql"],
    ["postgresql:///selaras?host=/var/run/postgresql", "postgresql"],
  ])("%s → %s", (url, provider) => {
    expect(providerOf(url)).toBe(provider);
  });

  it.each([
    ["mysql://localhost/selaras", /only file: \(SQLite\) and postgresql:\/\/ URLs/],
    ["selaras.db", /only file: \(SQLite\) and postgresql:\/\/ URLs/],
    ["file:", /names no file/],
    ["postgresql://localhost", /names no database/],
    ["postgresql://localhost/", /names no database/],
    ["postgresql://[oops/selaras", /not a valid URL/],
  ])("refuses %s with a message that says what works", (url, reason) => {
    expect(() => providerOf(url)).toThrow(DatabaseUrlError);
    expect(() => providerOf(url)).toThrow(reason);
    expect(() => providerOf(url)).toThrow(/postgresql:\/\/user:password@host:5432\/selaras/);
  });

  it("never repeats a password in its message", () => {
    expect(() => providerOf("postgresql://u:s3cret@host")).toThrow(/u:\*\*\*@host/);
    expect(() => providerOf("postgresql://u:s3cret@host")).not.toThrow(/s3cret/);
    expect(redactedUrl("postgresql://u:s3cret@h/db")).toBe("postgresql://u:***@h/db");
  });
});

describe("DATABASE_URL in the configuration", () => {
  it("defaults to the embedded SQLite file", () => {
    delete process.env.DATABASE_URL;
    expect(databaseUrl()).toBe("file:./data/selaras.db");
    expect(env().DATABASE_URL).toBe("file:./data/selaras.db");
  });

  it("is refused at start when malformed, naming the variable", () => {
    process.env.DATABASE_URL = "mysql://localhost/selaras";
    expect(() => env()).toThrow(/Invalid configuration: DATABASE_URL: DATABASE_URL is not usable/);
  });
});

// `memory import | list | remove`: in process on this test's database (the commands
// themselves), and once as a real process the way `npm run cli` runs it.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/auth/create-user";
import { tmxText } from "@/lib/test/memory-import";
import { runMemory } from "./memory-command";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-memory-cli-"));
const file = (name: string, content: string) => {
  const at = path.join(dir, name);
  fs.writeFileSync(at, content);
  return at;
};

let out = "";
beforeEach(async () => {
  await db.memoryImport.deleteMany();
  out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("memory import, list, remove", () => {
  it("imports a Moses pair under --as, lists it and removes it", async () => {
    await createUser({ email: "cli-editor@example.com", name: "Cli Editor", password: "correct horse battery", role: "editor" });
    const id = file("corpus.id", "Satu.\nDua.\nTiga.\n");
    const en = file("corpus.en", "One.\n\nThree.\n");
    expect(await runMemory(["import", id, "--target", en, "--as", "cli-editor@example.com"])).toBe(0);
    expect(out).toMatch(/^imported 2, duplicates 0, refused 1 \(empty-target 1\): corpus\.id/);
    expect(out).toContain("line 2: empty-target");
    out = "";
    await runMemory(["list", "--json"]);
    const listed = (JSON.parse(out) as { imports: { id: string }[] }).imports;
    expect(listed).toMatchObject([{ format: "moses", createdByName: "Cli Editor", units: 2 }]);
    out = "";
    expect(await runMemory(["remove", listed[0]!.id])).toBe(0);
    expect(out).toBe(`removed: ${listed[0]!.id} (2 unit(s))\n`);
    expect(await db.memoryUnit.count()).toBe(0);
  });

  it("takes the format from the extension and prints the report as JSON", async () => {
    expect(await runMemory(["import", file("berita.tmx", tmxText([["Satu.", "One."], ["Satu.", "One."]])), "--json"])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ fileName: "berita.tmx", format: "tmx", imported: 1, duplicates: 1, refused: 0 });
    expect((await db.memoryImport.findFirstOrThrow()).createdByName).toBe("cli");
  });

  it.each([
    ["a malformed TMX", () => [file("rusak.tmx", '<tmx><header srclang="id"/><body><tu>')], /not well-formed XML at line 1/],
    ["an unknown extension", () => [file("data.csv", "a,b\n")], /--format tmx\|tsv\|moses/],
    ["Moses without --target", () => [file("c.id", "Satu.\n"), "--format", "moses"], /needs --target/],
    ["a missing file", () => [path.join(dir, "nope.tsv")], /no such file/],
    ["an unknown --as", () => [file("ok.tsv", "Satu.\tOne.\n"), "--as", "nobody@example.com"], /no user with the e-mail/],
  ])("refuses %s, importing nothing", async (_name, args, message) => {
    await expect(runMemory(["import", ...args()])).rejects.toThrow(message);
    expect(await db.memoryImport.count()).toBe(0);
  });
});

describe("npm run cli -- memory", () => {
  it("imports a file and lists it from a real process", async () => {
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
    const cli = (...args: string[]) => promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/main.ts", "memory", ...args], { env });
    const { stdout } = await cli("import", file("kata.tsv", "Satu.\tOne.\nrusak\n"));
    expect(stdout).toMatch(/^imported 1, duplicates 0, refused 1 \(column-count 1\): kata\.tsv/);
    expect((await cli("list")).stdout).toMatch(/ tsv {2}done {5}1\/0\/1 {2}cli {2}kata\.tsv\n$/);
  }, 180_000);
});

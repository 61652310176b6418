// The lifecycle commands as the CLI runs them (in process; cli.test.ts covers the binary).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedDocument } from "@/lib/test/segment-seed";
import { createUser } from "@/lib/auth/create-user";
import { runDelete, runPurge, runRename, runTrash, runUndelete } from "./trash-commands";

let out = "";

beforeEach(async () => {
  await db.document.deleteMany();
  await db.change.deleteMany(); // change rows outlive documents by design
  out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const stillStored = async (id: string) => (await db.document.findUnique({ where: { id } })) !== null;

describe("delete, trash, undelete, purge", () => {
  it("moves a document through the trash and back", async () => {
    const { documentId } = await seedDocument([{ source: "Satu kalimat." }], "Uji CLI");
    expect(await runDelete([documentId])).toBe(0);
    expect(out).toContain(`moved to the trash: ${documentId} Uji CLI`);
    out = "";
    expect(await runTrash(["--json"])).toBe(0);
    expect((JSON.parse(out) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual([documentId]);
    expect(await runUndelete([documentId])).toBe(0);
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).deletedAt).toBeNull();
  });

  it("purges only expired documents without an id, the whole trash with --all, one with an id", async () => {
    const recent = await seedDocument([{ source: "Baru dihapus." }], "Baru");
    const other = await seedDocument([{ source: "Lain lagi." }], "Lain");
    await runDelete([recent.documentId]);
    await runDelete([other.documentId]);
    expect(await runPurge([])).toBe(0);
    expect(await stillStored(recent.documentId)).toBe(true);
    expect(await runPurge([other.documentId])).toBe(0);
    expect(await stillStored(other.documentId)).toBe(false);
    expect(await runPurge(["--all"])).toBe(0);
    expect(await stillStored(recent.documentId)).toBe(false);
  });

  it.each([
    ["delete without an id", () => runDelete([]), "invalid-input"],
    ["delete with two ids", () => runDelete(["a", "b"]), "invalid-input"],
    ["purge with an id and --all", () => runPurge(["a", "--all"]), "invalid-input"],
    ["undelete an unknown id", () => runUndelete(["no-such-id"]), "not-found"],
    ["purge an unknown id", () => runPurge(["no-such-id"]), "not-found"],
  ])("refuses %s", async (_name, call, code) => {
    await expect(call()).rejects.toMatchObject({ code });
  });

  it("never purges a live document by id", async () => {
    const { documentId } = await seedDocument([{ source: "Masih hidup." }], "Hidup");
    await expect(runPurge([documentId])).rejects.toMatchObject({ code: "not-found" });
    expect(await stillStored(documentId)).toBe(true);
  });

  it("attributes delete, undelete and rename to --as, or to cli without it", async () => {
    const ana = await createUser({ email: "ana.cli@example.com", name: "Ana", password: "correct horse battery", role: "editor" });
    const { documentId } = await seedDocument([{ source: "Satu kalimat." }], "Judul lama");
    await runDelete([documentId, "--as", "ana.cli@example.com"]);
    await runUndelete([documentId]);
    expect(await runRename([documentId, "Judul baru", "--as", "Ana.CLI@example.com"])).toBe(0);
    expect(out).toContain(`renamed: ${documentId} Judul baru`);
    const changes = await db.change.findMany({ where: { documentId, action: { in: ["delete", "undelete", "rename"] } }, orderBy: { createdAt: "asc" }, select: { action: true, actorName: true, actorId: true } });
    expect(changes).toEqual([
      { action: "delete", actorName: "Ana", actorId: ana.id },
      { action: "undelete", actorName: "cli", actorId: null },
      { action: "rename", actorName: "Ana", actorId: ana.id },
    ]);
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).title).toBe("Judul baru");
  });

  it.each([
    ["rename without a title", () => runRename(["some-id"]), "invalid-input"],
    ["rename an unknown id", () => runRename(["no-such-id", "Judul"]), "not-found"],
    ["rename to an empty title", async () => runRename([(await seedDocument([{ source: "Ada." }], "Ada")).documentId, "   "]), "invalid-input"],
    ["delete --as an unknown user", async () => runDelete([(await seedDocument([{ source: "Ada." }], "Ada")).documentId, "--as", "nobody@example.com"]), "not-found"],
  ])("refuses %s and changes nothing", async (_name, call, code) => {
    await expect(call()).rejects.toMatchObject({ code });
    expect(await db.change.count({ where: { action: { in: ["rename", "delete"] } } })).toBe(0);
  });
});

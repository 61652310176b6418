// Issue 15's bad input and abuse list, each through the real handler: a clear 401 or 403
// (429 for a throttled account) and nothing changed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedAccounts, signInResponse, TEST_PASSWORD, TEST_SITE, type TestAccounts } from "@/lib/test/accounts";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { POST as postInvite } from "@/app/api/invites/route";
import { POST as acceptInviteRoute } from "@/app/api/invites/[token]/route";
import { POST as setup } from "@/app/api/setup/route";
import { PATCH as saveSegment } from "@/app/api/segments/[id]/route";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { createInvite } from "./invites";
import { updateUser } from "./manage-users";
import { MAX_FAILURES } from "./sign-in-throttle";

let accounts: TestAccounts;
beforeAll(async () => {
  accounts = await seedAccounts();
});

function json(method: string, body: unknown, authorization?: string): RequestInit {
  return { method, headers: { "content-type": "application/json", origin: TEST_SITE, ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body) };
}
const bearer = (role: keyof TestAccounts) => `Bearer ${accounts[role].token}`;
const params = <T extends string>(key: T, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<T, string>) });
const sessionsOf = (userId: string) => db.session.count({ where: { userId } });

describe("sign-in", () => {
  it("a wrong password is 401 and creates no session", async () => {
    const before = await sessionsOf(accounts.reader.user.id);
    const response = await signInResponse(accounts.reader.user.email, "not the password");
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await sessionsOf(accounts.reader.user.id)).toBe(before);
  });

  it("a disabled account is 403 even with the right password, and its sessions are gone", async () => {
    await updateUser(accounts.editor.user.id, { disabled: true });
    try {
      expect(await sessionsOf(accounts.editor.user.id)).toBe(0);
      const response = await signInResponse(accounts.editor.user.email, TEST_PASSWORD);
      expect(response.status).toBe(403);
      expect(await sessionsOf(accounts.editor.user.id)).toBe(0);
    } finally {
      await updateUser(accounts.editor.user.id, { disabled: false });
    }
  });

  it(`${MAX_FAILURES} wrong passwords lock the account (429), even for the right one`, async () => {
    const { createUser } = await import("./create-user");
    const user = await createUser({ email: "target@example.com", name: "Target", password: TEST_PASSWORD, role: "reader" });
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signInResponse(user.email, `guess ${i} wrong`)).status).toBe(401);
    const locked = await signInResponse(user.email, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await sessionsOf(user.id)).toBe(0);
  });
});

describe("invites", () => {
  it("an expired invite is 403 and creates no user", async () => {
    const { token } = await createInvite(accounts.owner.user.id, "editor", new Date(Date.now() - 8 * 24 * 60 * 60 * 1000));
    const users = await db.user.count();
    const response = await acceptInviteRoute(new Request(`${TEST_SITE}/api/invites/${token}`, json("POST", { email: "late@example.com", name: "Late", password: TEST_PASSWORD })), params("token", token));
    expect(response.status).toBe(403);
    expect(await db.user.count()).toBe(users);
  });

  it("a used invite is 403 the second time", async () => {
    const { token } = await createInvite(accounts.owner.user.id, "reader");
    const accept = (email: string) => acceptInviteRoute(new Request(`${TEST_SITE}/api/invites/${token}`, json("POST", { email, name: "New", password: TEST_PASSWORD })), params("token", token));
    expect((await accept("first@example.com")).status).toBe(201);
    const users = await db.user.count();
    expect((await accept("second@example.com")).status).toBe(403);
    expect(await db.user.count()).toBe(users);
    expect(await db.user.findUnique({ where: { email: "first@example.com" } })).toMatchObject({ role: "reader" });
  });

  it("an unknown invite token is 403", async () => {
    const response = await acceptInviteRoute(new Request(`${TEST_SITE}/api/invites/inv_nope`, json("POST", { email: "x@example.com", name: "X", password: TEST_PASSWORD })), params("token", "inv_nope"));
    expect(response.status).toBe(403);
  });
});

describe("roles", () => {
  it("an editor changing a role is 403 and the role stays", async () => {
    const response = await patchUser(new Request(`${TEST_SITE}/api/users/x`, json("PATCH", { role: "editor" }, bearer("editor"))), params("id", accounts.reader.user.id));
    expect(response.status).toBe(403);
    expect(await db.user.findUnique({ where: { id: accounts.reader.user.id } })).toMatchObject({ role: "reader" });
  });

  it("an editor creating an invite (for any role, owner included) is 403 and stores nothing", async () => {
    const before = await db.invite.count();
    for (const role of ["owner", "editor"]) {
      expect((await postInvite(new Request(`${TEST_SITE}/api/invites`, json("POST", { role }, bearer("editor"))))).status).toBe(403);
    }
    expect(await db.invite.count()).toBe(before);
  });

  it("nobody makes a second owner: not by role change, not by invite, not by first run", async () => {
    const promote = await patchUser(new Request(`${TEST_SITE}/api/users/x`, json("PATCH", { role: "owner" }, bearer("owner"))), params("id", accounts.editor.user.id));
    expect(promote.status).toBe(403);
    expect((await postInvite(new Request(`${TEST_SITE}/api/invites`, json("POST", { role: "owner" }, bearer("owner"))))).status).toBe(422);
    expect((await setup(new Request(`${TEST_SITE}/api/setup`, json("POST", { email: "new@example.com", name: "New", password: TEST_PASSWORD })))).status).toBe(403);
    expect(await db.user.count({ where: { role: "owner" } })).toBe(1);
  });

  it("the owner cannot be demoted or disabled", async () => {
    const response = await patchUser(new Request(`${TEST_SITE}/api/users/x`, json("PATCH", { disabled: true }, bearer("owner"))), params("id", accounts.owner.user.id));
    expect(response.status).toBe(403);
    expect(await db.user.findUnique({ where: { id: accounts.owner.user.id } })).toMatchObject({ role: "owner", disabled: false });
  });

  it("a reader's save reaches no data (403), an editor's save names the editor", async () => {
    const { ids } = await seedDocument([{ source: "Harga cabai naik." }]);
    const id = idAt(ids, 0);
    const save = (role: keyof TestAccounts) => saveSegment(new Request(`${TEST_SITE}/api/segments/${id}`, json("PATCH", { target: "Chili prices rise.", version: 1 }, bearer(role))), params("id", id));
    expect((await save("reader")).status).toBe(403);
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, reviewedBy: null });
    expect((await save("editor")).status).toBe(200);
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, reviewedBy: accounts.editor.user.name });
    const change = await db.change.findFirstOrThrow({ where: { segmentId: id, action: "edit" } });
    expect(change).toMatchObject({ actorKind: "person", actorId: accounts.editor.user.id, actorName: accounts.editor.user.name });
  });
});

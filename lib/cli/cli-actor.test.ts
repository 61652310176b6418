import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { CLI_ACTOR, cliActor } from "./cli-actor";

describe("cliActor", () => {
  it('is "cli" without --as, the named user with it, and refuses an unknown e-mail', async () => {
    expect(await cliActor(undefined)).toEqual(CLI_ACTOR);
    const user = await createUser({ email: "ana@example.com", name: "Ana", password: "correct horse battery", role: "editor" });
    expect(await cliActor(" Ana@Example.com ")).toEqual({ kind: "person", id: user.id, name: "Ana" });
    await expect(cliActor("nobody@example.com")).rejects.toThrow(/no user/);
  });
});

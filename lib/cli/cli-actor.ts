// Whom a CLI change is attributed to: the user named by --as <email>, or "cli". The CLI
// works on the database directly (whoever runs it owns the files), so --as names the
// person responsible rather than proving who they are.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/changes/actor";
import { personActor } from "@/lib/auth/person-actor";

export const CLI_ACTOR: Actor = { kind: "person", id: null, name: "cli" };

export async function cliActor(asEmail: string | undefined): Promise<Actor> {
  if (asEmail === undefined) return CLI_ACTOR;
  const user = await db.user.findUnique({ where: { email: asEmail.trim().toLowerCase() } });
  if (!user) throw new AppError("not-found", `--as: no user with the e-mail ${asEmail}.`);
  return personActor(user);
}

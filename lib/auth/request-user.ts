import "server-only";
// For route handlers: the signed-in user behind a request, or a 401. proxy.ts already
// applied the access table; handlers call this when they need to know *who* (the actor
// of a change, "my tokens"), which also keeps them safe if the proxy were bypassed.
import { AppError } from "@/lib/errors";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { currentUser } from "./current-user";
import { personActor } from "./person-actor";
import { decideAccess, type AccessLevel } from "./roles";
import type { CurrentUser } from "./types";

export async function requireUser(request: Request, level: Exclude<AccessLevel, "public"> = "read"): Promise<CurrentUser> {
  const user = await currentUser(request.headers);
  const decision = decideAccess(user?.role ?? null, level, false);
  if (!decision.ok) throw new AppError(decision.code, decision.message);
  return user as CurrentUser;
}

/** The actor of a change made through this request; editors and the owner only. */
export async function requestActor(request: Request): Promise<Actor> {
  return personActor(await requireUser(request, "edit"));
}

/**
 * The signed-in person behind a request, for a write that records them when known (the
 * ingest's align row) and that proxy.ts has already restricted to editors; the generic
 * person otherwise, e.g. when a handler is called directly by a test.
 */
export async function requestActorIfSignedIn(request: Request): Promise<Actor> {
  const user = await currentUser(request.headers);
  return user ? personActor(user) : HUMAN;
}

// Who may do what, as data: the access table (access-rules.ts) names one of these levels
// per route, and a user's role either reaches it or not. Pure, so proxy.ts, the route
// handlers and the tests share one definition.
import type { Role } from "@/lib/generated/prisma/enums";

/** public: anyone, always (sign-in, first run); read: reading, search, export; edit: every change to the corpus; owner: users and settings. */
export type AccessLevel = "public" | "read" | "edit" | "owner";

const RANK: Record<Role, number> = { reader: 1, editor: 2, owner: 3 };
const NEEDED: Record<Exclude<AccessLevel, "public">, number> = { read: 1, edit: 2, owner: 3 };

export const ROLES: readonly Role[] = ["owner", "editor", "reader"];

export function roleReaches(role: Role, level: AccessLevel): boolean {
  return level === "public" || RANK[role] >= NEEDED[level];
}

export type AccessDecision = { ok: true } | { ok: false; status: 401 | 403; code: "unauthorized" | "forbidden"; message: string };

/** The one decision: who (null when anonymous) asks for what, given the "anyone may read" setting. */
export function decideAccess(role: Role | null, level: AccessLevel, anyoneMayRead: boolean): AccessDecision {
  if (level === "public") return { ok: true };
  if (role === null) {
    if (level === "read" && anyoneMayRead) return { ok: true };
    return { ok: false, status: 401, code: "unauthorized", message: "Sign in to continue." };
  }
  if (roleReaches(role, level)) return { ok: true };
  const what = level === "owner" ? "Only the owner can do this." : "Your role can read but not change the corpus.";
  return { ok: false, status: 403, code: "forbidden", message: what };
}

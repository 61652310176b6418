import "server-only";
// The signed-in person for server components and server actions (from next/headers).
import { cache } from "react";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { currentUser } from "./current-user";
import { decideAccess, type AccessLevel } from "./roles";
import type { CurrentUser } from "./types";

/** Cached per request: the header, the page and the request config ask once between them. */
export const getViewer = cache(async (): Promise<CurrentUser | null> => currentUser(await headers()));

/** For server actions: refuses (throws 401/403) unless the viewer reaches `level`. */
export async function requireAccess(level: AccessLevel): Promise<CurrentUser | null> {
  if (level === "public") return getViewer();
  const viewer = await getViewer();
  const decision = decideAccess(viewer?.role ?? null, level, false);
  if (!decision.ok) throw new AppError(decision.code, decision.message);
  return viewer;
}

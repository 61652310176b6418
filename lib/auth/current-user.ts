import "server-only";
// Who is asking: an `Authorization: Bearer` API token, else better-auth's session
// cookie. A disabled user, a revoked token or an expired session is nobody (null).
import { db } from "@/lib/db";
import { isRole } from "./role-value";
import { auth } from "./auth";
import { hashSecretToken } from "./secret-token";
import type { CurrentUser } from "./types";

export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) return userOfToken(authorization);
  if (!headers.get("cookie")?.includes("session_token")) return null;
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, via: "session" };
}

async function userOfToken(authorization: string): Promise<CurrentUser | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return null;
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashSecretToken(match[1]) }, include: { user: true } });
  if (!token || token.revokedAt || token.user.disabled) return null;
  // At most one write a minute per token: "last used" is for the owner's eyes, not an audit.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    // Not awaited: a busy database must not hold up (or fail) the request itself.
    void db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  }
  const { user } = token;
  return { id: user.id, name: user.name, email: user.email, role: user.role, via: "token" };
}

import "server-only";
// API tokens for scripts: created for a user (shown once), listed and revoked. A token
// acts with its user's current role; revoking keeps the row so "revoked" can be shown.
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { hashSecretToken, newSecretToken } from "./secret-token";

export type ApiTokenSummary = { id: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export async function createApiToken(userId: string, name: string): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = newSecretToken("slr");
  const row = await db.apiToken.create({ data: { userId, name: name.trim().slice(0, 80) || "token", tokenHash: hashSecretToken(token) } });
  return { token, summary: summaryOf(row) };
}

export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(summaryOf);
}

/** Revokes one of `userId`'s tokens; another user's token is "not found", not "forbidden". */
export async function revokeApiToken(userId: string, id: string): Promise<ApiTokenSummary> {
  const row = await db.apiToken.findFirst({ where: { id, userId } });
  if (!row) throw new AppError("not-found", "No such token.");
  const revoked = row.revokedAt ? row : await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return summaryOf(revoked);
}

function summaryOf(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

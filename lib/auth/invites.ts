import "server-only";
// One-time invite links: the owner copies the link (there is no mail server); whoever
// opens it within 7 days picks a name and password and gets the invited role. Only the
// token's hash is stored; a used or expired invite is refused with a 403 and changes nothing.
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser, newUserFields } from "./create-user";
import { hashSecretToken, newSecretToken } from "./secret-token";
import type { UserSummary } from "./types";

export const INVITE_DAYS = 7;

export type InviteSummary = { id: string; role: Role; expiresAt: string; usedAt: string | null };

export async function createInvite(createdById: string, role: Role, now = new Date()): Promise<{ token: string; invite: InviteSummary }> {
  if (role === "owner") throw new AppError("forbidden", "There is one owner; invite editors or readers.");
  const token = newSecretToken("inv");
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000);
  const row = await db.invite.create({ data: { tokenHash: hashSecretToken(token), role, createdById, expiresAt } });
  return { token, invite: summaryOf(row) };
}

export async function listInvites(): Promise<InviteSummary[]> {
  return (await db.invite.findMany({ orderBy: { createdAt: "desc" }, take: 50 })).map(summaryOf);
}

/** The invite behind a link, if it can still be used. */
export async function findUsableInvite(token: string, now = new Date()): Promise<InviteSummary> {
  const row = await db.invite.findUnique({ where: { tokenHash: hashSecretToken(token) } });
  if (!row) throw new AppError("forbidden", "This invite link is not valid.");
  if (row.usedAt) throw new AppError("forbidden", "This invite link has already been used.");
  if (row.expiresAt <= now) throw new AppError("forbidden", "This invite link has expired. Ask the owner for a new one.");
  return summaryOf(row);
}

export async function acceptInvite(token: string, fields: { email: string; name: string; password: string }): Promise<UserSummary> {
  const invite = await findUsableInvite(token);
  const parsed = newUserFields.parse(fields);
  // Claim first: of two tabs racing with one link, only one update matches usedAt = null.
  const claimed = await db.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) throw new AppError("forbidden", "This invite link has already been used.");
  try {
    const user = await createUser({ ...parsed, role: invite.role });
    await db.invite.update({ where: { id: invite.id }, data: { usedById: user.id } });
    return user;
  } catch (error) {
    await db.invite.update({ where: { id: invite.id }, data: { usedAt: null } });
    throw error;
  }
}

function summaryOf(row: { id: string; role: Role; expiresAt: Date; usedAt: Date | null }): InviteSummary {
  return { id: row.id, role: row.role, expiresAt: row.expiresAt.toISOString(), usedAt: row.usedAt?.toISOString() ?? null };
}

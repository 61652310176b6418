import "server-only";
// The owner's user management: list, change a role, disable or enable. Disabling ends
// the user's sessions and their tokens stop working at once (current-user.ts checks the
// flag). There is exactly one owner: nobody is promoted to owner, and the owner cannot
// be demoted or disabled, so the instance can never lock itself out.
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UserSummary } from "./types";

export async function listUsers(): Promise<UserSummary[]> {
  const rows = await db.user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(summaryOf);
}

export type UserPatch = { role?: Role; disabled?: boolean };

export async function updateUser(id: string, patch: UserPatch): Promise<UserSummary> {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new AppError("not-found", "No such user.");
  if (patch.role === "owner" && user.role !== "owner") throw new AppError("forbidden", "There is one owner; the role cannot be given.");
  if (user.role === "owner" && ((patch.role && patch.role !== "owner") || patch.disabled)) {
    throw new AppError("forbidden", "The owner cannot be demoted or disabled.");
  }
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.user.update({ where: { id }, data: { ...(patch.role ? { role: patch.role } : {}), ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}) } });
    if (patch.disabled) await tx.session.deleteMany({ where: { userId: id } });
    return row;
  });
  return summaryOf(updated);
}

function summaryOf(row: { id: string; name: string; email: string; role: Role; disabled: boolean; createdAt: Date }): UserSummary {
  return { id: row.id, name: row.name, email: row.email, role: row.role, disabled: row.disabled, createdAt: row.createdAt.toISOString() };
}

import "server-only";
// First run: the owner account, allowed only while there are no users at all. The
// check and the insert are not one transaction (better-auth writes through its own
// adapter), so a second concurrent call is caught by a count afterwards and undone.
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { createUser, type NewUser } from "./create-user";
import type { UserSummary } from "./types";

export async function hasUsers(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

export async function createOwner(input: Omit<NewUser, "role">): Promise<UserSummary> {
  if (await hasUsers()) throw new AppError("forbidden", "The owner already exists. Sign in instead.");
  const owner = await createUser({ ...input, role: "owner" });
  const first = await db.user.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (first?.id !== owner.id) {
    await db.user.delete({ where: { id: owner.id } });
    throw new AppError("forbidden", "The owner already exists. Sign in instead.");
  }
  return owner;
}

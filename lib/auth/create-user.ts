import "server-only";
// Creates a person with an e-mail and password, through better-auth's own hashing and
// account tables. Used by first run, invites and the CLI; never by a public sign-up.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "./auth";
import type { UserSummary } from "./types";

export const newUserFields = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(80),
  password: z.string().min(10, "Use at least 10 characters.").max(128),
});

export type NewUser = z.infer<typeof newUserFields> & { role: Role };

export async function createUser(input: NewUser): Promise<UserSummary> {
  const fields = newUserFields.parse(input);
  if (await db.user.findUnique({ where: { email: fields.email } })) {
    throw new AppError("invalid-input", "A user with that e-mail already exists.");
  }
  const context = await auth().$context;
  const hash = await context.password.hash(fields.password);
  const user = await context.internalAdapter.createUser({ email: fields.email, name: fields.name, role: input.role, disabled: false }, { method: "email-password" });
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id, name: fields.name, email: fields.email, role: input.role, disabled: false, createdAt: user.createdAt.toISOString() };
}

/** Sets a new password (CLI `user reset-password`) and ends every session of that user. */
export async function resetPassword(email: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) throw new AppError("not-found", `No user with the e-mail ${email}.`);
  newUserFields.shape.password.parse(password);
  const context = await auth().$context;
  await context.internalAdapter.updatePassword(user.id, await context.password.hash(password));
  await db.session.deleteMany({ where: { userId: user.id } });
}

import { z } from "zod";

export const inviteBody = z.object({ role: z.enum(["editor", "reader"]) });
export const acceptInviteBody = z.object({ email: z.string(), name: z.string(), password: z.string() });
export const userPatchBody = z.object({ role: z.enum(["owner", "editor", "reader"]).optional(), disabled: z.boolean().optional() }).strict();
export const settingsBody = z.object({ anyoneMayRead: z.boolean() }).strict();
export const tokenBody = z.object({ name: z.string().trim().min(1).max(80) });
export const preferencesBody = z.object({
  readingMode: z.enum(["side-by-side", "interlinear", "learning"]).nullable().optional(),
  locale: z.enum(["en", "id"]).nullable().optional(),
}).strict();

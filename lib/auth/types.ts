import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person as the app sees them; `via` says which credential proved it. */
export type CurrentUser = { id: string; name: string; email: string; role: Role; via: "session" | "token" };

export type UserSummary = { id: string; name: string; email: string; role: Role; disabled: boolean; createdAt: string };

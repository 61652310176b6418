import "server-only";
// Per-user preferences stored with the account; null means "use the cookie" (which stays
// the fallback for visitors and for anything the person never set).
import { db } from "@/lib/db";
import type { ReaderModeName } from "./preference-values";

export type Preferences = { readingMode: ReaderModeName | null; locale: "en" | "id" | null };

export async function getPreferences(userId: string): Promise<Preferences> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { readingMode: true, locale: true } });
  return { readingMode: readingModeOf(user?.readingMode), locale: user?.locale === "en" || user?.locale === "id" ? user.locale : null };
}

export async function updatePreferences(userId: string, patch: Partial<Preferences>): Promise<Preferences> {
  await db.user.update({ where: { id: userId }, data: patch });
  return getPreferences(userId);
}

function readingModeOf(value: string | null | undefined): ReaderModeName | null {
  return value === "side-by-side" || value === "interlinear" || value === "learning" ? value : null;
}

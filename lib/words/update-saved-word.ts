import "server-only";
// PATCH and DELETE /api/words/:id — only on the caller's own words: someone else's id is
// answered 404, exactly like one that does not exist, so ids reveal nothing.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reshapeSavedWord } from "./reshape-saved-word";
import type { SavedWordView, WordStatusName } from "./types";

const notFound = () => new AppError("not-found", "No such saved word.");

export async function updateSavedWord(userId: string, id: string, status: WordStatusName): Promise<SavedWordView> {
  const { count } = await db.savedWord.updateMany({ where: { id, userId }, data: { status } });
  if (count === 0) throw notFound();
  const row = await db.savedWord.findUniqueOrThrow({ where: { id } });
  return reshapeSavedWord(row);
}

export async function deleteSavedWord(userId: string, id: string): Promise<{ deleted: true }> {
  const { count } = await db.savedWord.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound();
  return { deleted: true };
}

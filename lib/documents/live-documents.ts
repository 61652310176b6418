// Trashed documents stay in the database (restorable for TRASH_DAYS) but vanish from
// every read that lists, searches, counts, suggests or exports. These are the filters,
// stated once, for Prisma queries and for raw SQL.

/** How long a document stays restorable in the trash before it is purged. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `where` on Document: not in the trash. */
export const LIVE_DOCUMENT = { deletedAt: null } as const;

/** `where` on Segment or EntityMention: belongs to a document not in the trash. */
export const IN_LIVE_DOCUMENT = { document: LIVE_DOCUMENT } as const;

/** Raw SQL condition on a Document alias (for example `d`): not in the trash. */
export function liveDocumentSql(alias: string): string {
  return `${alias}."deletedAt" IS NULL`;
}

/** When a document trashed at `deletedAt` is purged. */
export function purgeDateOf(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS);
}

/** Documents trashed before this moment have been in the trash longer than TRASH_DAYS. */
export function expiryCutoff(now: Date): Date {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS);
}

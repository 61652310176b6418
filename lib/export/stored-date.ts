// Dates come out of SQLite as the ISO 8601 text Prisma wrote ("…T19:30:40.216+00:00"), and
// out of PostgreSQL as the same instant ending in Z (lib/db/queries/postgres/export-pairs.ts).
// Exports print them as ISO UTC with a Z; the common shape is rewritten without a Date,
// anything else goes through one.
const UTC_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(?:Z|\+00:00)$/;

export function storedDateToIso(stored: string | number): string {
  if (typeof stored === "string" && UTC_MILLIS.test(stored)) return `${stored.slice(0, 23)}Z`;
  return new Date(stored).toISOString();
}

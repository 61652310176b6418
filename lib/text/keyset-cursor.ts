// Keyset pagination: a cursor names the last row seen by its time and id (ids break ties
// between rows of the same millisecond), so a page stays correct while new rows arrive,
// and no page costs an OFFSET scan. The change log, the library and the glossary use it.
export type KeysetCursor = { createdAt: Date; id: string };

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** Null for anything that is not a cursor this module wrote. */
export function decodeKeysetCursor(value: string): KeysetCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const text = Buffer.from(value, "base64url").toString("utf8");
  const bar = text.indexOf("|");
  if (bar < 0) return null;
  const createdAt = new Date(text.slice(0, bar));
  const id = text.slice(bar + 1);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== text.slice(0, bar) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { createdAt, id };
}

/** Prisma `where` for the rows after `cursor` in (createdAt, id) order, newest first or oldest first. */
export function afterCursor(cursor: KeysetCursor, direction: "desc" | "asc") {
  return direction === "desc"
    ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
    : { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] };
}

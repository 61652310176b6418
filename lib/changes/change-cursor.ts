// Keyset pagination over the change log: a cursor names the last row seen by its time
// and id (ids break ties between changes of the same millisecond), so a page stays
// correct while new changes arrive, and no page costs an OFFSET scan.
export type ChangeCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: ChangeCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** Null for anything that is not a cursor this module wrote. */
export function decodeCursor(value: string): ChangeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const text = Buffer.from(value, "base64url").toString("utf8");
  const bar = text.indexOf("|");
  if (bar < 0) return null;
  const createdAt = new Date(text.slice(0, bar));
  const id = text.slice(bar + 1);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== text.slice(0, bar) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { createdAt, id };
}

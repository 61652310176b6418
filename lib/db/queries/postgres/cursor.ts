import "server-only";
// A server-side cursor read in batches: the server holds the result, the process holds one
// batch, so an export of any size runs in flat memory. Must run inside a transaction (the
// export's snapshot); the cursor is closed however the reading ends.
import type { Queryable } from "./connection";

let cursors = 0;

export async function* cursorBatches<T>(client: Queryable, sql: string, values: readonly unknown[], batch: number): AsyncGenerator<T[]> {
  const name = `selaras_cursor_${++cursors}`;
  await client.query(`DECLARE "${name}" NO SCROLL CURSOR FOR ${sql}`, [...values]);
  try {
    for (;;) {
      const { rows } = await client.query(`FETCH FORWARD ${Math.max(1, Math.floor(batch))} FROM "${name}"`);
      if (rows.length > 0) yield rows as T[];
      if (rows.length < batch) return;
    }
  } finally {
    // After an error the transaction is aborted and takes the cursor with it.
    await client.query(`CLOSE "${name}"`).catch(() => undefined);
  }
}

import "server-only";
// The keys a person marked "Not a name". Entity spotting (lib/text/entities) stays pure
// and still finds them; the database layer drops them before any entry or mention exists.
import type { Db, Tx } from "@/lib/db";

export async function loadSuppressedKeys(client: Db | Tx): Promise<Set<string>> {
  const rows = await client.glossarySuppression.findMany({ select: { key: true } });
  return new Set(rows.map((row) => row.key));
}

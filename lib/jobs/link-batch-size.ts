// How many segments one linking transaction covers. Articles up to this size are linked in
// their ingest transaction as before (one write, nothing staged); longer ones in batches.
export const LINK_BATCH = 300;

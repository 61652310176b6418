// The change log's page cursor: the shared keyset cursor (lib/text/keyset-cursor) over
// (createdAt, id), newest first.
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from "@/lib/text/keyset-cursor";

export type ChangeCursor = KeysetCursor;
export const encodeCursor = encodeKeysetCursor;
export const decodeCursor = decodeKeysetCursor;

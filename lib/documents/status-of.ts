// Raw SQL hands statuses back as plain text; these are the only places they become typed
// again, checked against the schema's enums, so a bad row fails loudly instead of lying.
import { DocumentStatus, SegmentStatus } from "@/lib/generated/prisma/enums";

const SEGMENT = new Set<string>(Object.values(SegmentStatus));
const DOCUMENT = new Set<string>(Object.values(DocumentStatus));

export function segmentStatusOf(value: string): SegmentStatus {
  if (!SEGMENT.has(value)) throw new Error(`Unknown segment status in the database: ${JSON.stringify(value)}`);
  return value as SegmentStatus;
}

export function documentStatusOf(value: string): DocumentStatus {
  if (!DOCUMENT.has(value)) throw new Error(`Unknown document status in the database: ${JSON.stringify(value)}`);
  return value as DocumentStatus;
}

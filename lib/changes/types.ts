import type { HistoryEntry } from "@/lib/segments/types";

/** A change-log row as the change lists show it: the history entry plus where it happened. */
export type ChangeView = HistoryEntry & {
  documentId: string;
  /** Null when the document has been purged: its changes stay readable. */
  documentTitle: string | null;
  segmentId: string | null;
};

export type ChangePage = { changes: ChangeView[]; next: string | null };

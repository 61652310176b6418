// The editor's shapes for segments and their history, as the API and the pages see them.
import type { SegmentStatus } from "@/lib/documents/types";
import type { ActionName } from "@/lib/changes/action-names";

/** A person's save may mark a sentence edited or approved; "machine" belongs to engines. */
export const HUMAN_STATUSES = ["edited", "approved"] as const;
export type HumanStatus = (typeof HUMAN_STATUSES)[number];

/** Statuses a person has touched: never overwritten by engines, memory or propagation. */
export const REVIEWED_STATUSES: readonly SegmentStatus[] = ["edited", "approved"];

/** Statuses no person has confirmed: engines, memory and propagation may replace them. */
export const UNREVIEWED_STATUSES: readonly SegmentStatus[] = ["pending", "machine", "memory"];

export const MEMORY_ENGINE = "memory";

export type SavedSegment = { id: string; target: string | null; status: SegmentStatus; version: number; updatedAt: string };

/** What a stale save is told: the text that won, who or what wrote it, and when. */
export type CurrentSegment = SavedSegment & { origin: string | null };

/** One change-log row as the history panel and the API show it. */
export type HistoryEntry = {
  id: string;
  action: ActionName;
  actor: string;
  actorKind: "engine" | "person";
  /** The engine that produced the text (kept when a person corrects it). */
  engine: string | null;
  target: string | null;
  status: SegmentStatus | null;
  oldTarget: string | null;
  oldStatus: SegmentStatus | null;
  oldSource: string | null;
  newSource: string | null;
  version: number | null;
  createdAt: string;
};

/**
 * A similar reviewed sentence, or a unit of an imported translation memory, offered while
 * editing, with its similarity in percent. An imported unit has no segment: its status is
 * "memory" (no person here reviewed it) and its origin names the file ("import:<file>").
 */
export type FuzzySuggestion = {
  segmentId: string | null;
  unitId: number | null;
  origin: string | null;
  source: string;
  target: string;
  status: SegmentStatus;
  similarity: number;
  percent: number;
};

// The corpus overview, as the overview page shows it.
import type { SegmentStatus } from "@/lib/documents/types";
import type { EntityType } from "@/lib/text/entities";
import type { DateBuckets } from "./bucket-dates";

export type CountBy<K extends string> = { key: K; count: number }[];

export type TopEntity = { id: string; source: string; target: string | null; type: EntityType; mentions: number; documents: number };

export type CorpusOverview = {
  documents: number;
  sentences: number;
  byStatus: CountBy<SegmentStatus>;
  /** Translated sentences by the engine that produced them; null when not recorded. */
  byEngine: { key: string | null; count: number }[];
  overTime: DateBuckets;
  topEntities: TopEntity[];
};

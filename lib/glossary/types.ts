// The glossary's own shapes, as the API, the CLI and the pages see them.
import type { EntityType } from "@/lib/text/entities";

export const ENTITY_TYPES = ["person", "place", "organisation", "other"] as const satisfies readonly EntityType[];

/** Where an entry's English comes from; a person's edit always wins over the other two. */
export type TargetOrigin = "user" | "gazetteer" | "name";

export type GlossaryEntrySummary = {
  id: string;
  source: string;
  variants: string[];
  type: EntityType;
  target: string | null;
  doNotTranslate: boolean;
  documentCount: number;
  mentionCount: number;
};

/** One line of the concordance: the sentence with the mention, and its translation. */
export type GlossaryMention = {
  documentId: string;
  documentTitle: string;
  segmentId: string;
  start: number;
  end: number;
  surface: string;
  source: string;
  target: string | null;
};

export type GlossaryEntryDetail = GlossaryEntrySummary & {
  key: string;
  targetOrigin: TargetOrigin;
  notes: string | null;
  mentions: GlossaryMention[];
};

/** An entity as the reader's glossary panel lists it for one document. */
export type DocumentEntity = {
  id: string;
  source: string;
  target: string | null;
  type: EntityType;
  /** Mentions in this document. */
  mentionCount: number;
  otherDocumentCount: number;
};

export type GlossaryFilter = { type?: EntityType | null; query?: string | null };

export type GlossaryPatch = {
  target?: string | null;
  type?: EntityType;
  doNotTranslate?: boolean;
  notes?: string | null;
  source?: string;
};

export const TERM_MISMATCH_FLAG = "term-mismatch";

// Shapes the editor page receives; shared by the server loader and the client components.
import type { EntityType } from "@/lib/generated/prisma/enums";
import type { SegmentKind, SegmentStatus, TranslationFailureView } from "@/lib/documents/types";

export type GlossaryHint = {
  surface: string;
  start: number;
  end: number;
  entry: { source: string; target: string | null; doNotTranslate: boolean; type: EntityType };
};

export type EditorSegment = {
  id: string;
  position: number;
  paragraphIndex: number;
  kind: SegmentKind;
  source: string;
  target: string | null;
  status: SegmentStatus;
  engine: string | null;
  version: number;
  /** Raised by checks after translation, e.g. "term-mismatch". */
  flags: string[];
  mentions: GlossaryHint[];
};

export type EditorDocument = {
  id: string;
  title: string;
  status: string;
  segments: EditorSegment[];
  /** Sentences whose translation failed every attempt, with the last reason. */
  translationFailures: TranslationFailureView[];
};

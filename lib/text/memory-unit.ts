// One imported translation-memory pair, checked and keyed. Pure: the TMX, TSV and Moses
// readers all end here, so every format refuses the same things for the same reasons.
import { normalizeText } from "./normalize";

/** Longer sides are refused: no news sentence is this long, a pasted paragraph is. */
export const MAX_UNIT_CHARS = 2000;

/** Why a unit was not imported; counted per code in the import's report. */
export type RefusalCode =
  | "empty-source"
  | "empty-target"
  | "too-long"
  | "wrong-language" // a TMX unit without an Indonesian (id, in) or an English (en) variant
  | "column-count" // a TSV line without exactly two cells
  | "line-too-long"; // a line past MAX_LINE_CHARS, skipped without being held in memory

export type CheckedUnit = { ok: true; source: string; sourceKey: string; target: string };
export type RefusedUnit = { ok: false; code: RefusalCode };

/**
 * The key an exact match compares: the sentence as ingest stores it (normalised, one
 * line), so a unit matches a segment by equality on Segment.source.
 */
export function memorySourceKey(source: string): string {
  return normalizeText(source).replace(/\s*\n\s*/g, " ");
}

export function checkMemoryUnit(source: string, target: string): CheckedUnit | RefusedUnit {
  const sourceKey = memorySourceKey(source);
  const cleanTarget = normalizeText(target).replace(/\s*\n\s*/g, " ");
  if (sourceKey === "") return { ok: false, code: "empty-source" };
  if (cleanTarget === "") return { ok: false, code: "empty-target" };
  if (sourceKey.length > MAX_UNIT_CHARS || cleanTarget.length > MAX_UNIT_CHARS) return { ok: false, code: "too-long" };
  return { ok: true, source: source.trim(), sourceKey, target: cleanTarget };
}
